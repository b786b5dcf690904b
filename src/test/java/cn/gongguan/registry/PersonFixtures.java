package cn.gongguan.registry;

import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Persons for tests: valid, distinct ID numbers and complete details. */
public final class PersonFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PersonFixtures() {
    }

    /** A valid ID number (registered in Chengdu, Jinjiang district) not used by any other test of this run. */
    public static String newIdNumber(LocalDate birth, Sex sex) {
        int sequence = (SEQUENCE.getAndIncrement() % 500) * 2 + (sex == Sex.MALE ? 1 : 0);
        String first17 = "510104" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static PersonDetails details(String name, String idNumber) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(idNumber);
        details.setRegistrationPlace("510107001");
        details.setArrivalDate(LocalDate.of(2026, 11, 1));
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        return details;
    }

    /**
     * Registers persons already checked, all in one transaction, as an import does (without its Excel file): for
     * loading many persons quickly, e.g. in the registry benchmark.
     */
    public static void registerAll(PersonRegistry registry, List<PersonDetails> persons) {
        registry.registerAll(persons);
    }
}
