package cn.gongguan.governance;

import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Phone;
import cn.gongguan.registry.PersonLimits;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a finding must be before anything is written, by whoever records it: the day within the operation and not
 * ahead, the counts, and each person and house in the shape the registry and the housing register take. A liaison's
 * finding is checked so before it is sealed, so that the liaison fixes a mistake at the field; what only the
 * township's registry can tell (a name that differs from its record) is found when the township takes it in.
 */
@Component
class FindingChecks {

    /** The most persons or houses one finding lists. */
    static final int MAX_ROWS = 200;

    private final Divisions divisions;
    private final RentalHouses houses;

    FindingChecks(Divisions divisions, RentalHouses houses) {
        this.divisions = divisions;
        this.houses = houses;
    }

    /** Refuses at the field what is wrong with the finding for the operation on {@code today}. */
    void check(FindingInput input, Operation operation, LocalDate today) {
        if (operation.isClosed()) {
            throw new InvalidInputException("foundOn", "operation.closed");
        }
        LocalDate foundOn = input.foundOn();
        if (foundOn == null) {
            throw new InvalidInputException("foundOn", "validation.required");
        }
        if (foundOn.isBefore(operation.startsOn())) {
            throw new InvalidInputException("foundOn", "finding.foundOn.beforeStart", operation.startsOn().toString());
        }
        if (foundOn.isAfter(today)) {
            throw new InvalidInputException("foundOn", "finding.foundOn.future");
        }
        if (input.personsChecked() < 0 || input.personsChecked() > FindingInput.MAX_PERSONS_CHECKED) {
            throw new InvalidInputException("personsChecked", "finding.personsChecked.range", FindingInput.MAX_PERSONS_CHECKED);
        }
        if (input.personsChecked() < input.persons().size()) {
            throw new InvalidInputException("personsChecked", "finding.personsChecked.fewer", input.persons().size());
        }
        if (input.persons().size() > MAX_ROWS || input.houses().size() > MAX_ROWS) {
            throw new InvalidInputException("personsChecked", "finding.rows.tooMany", MAX_ROWS);
        }
        FindingLimits.NOTE.check(input.note());
        Set<String> idNumbers = new HashSet<>();
        List<FindingPerson> persons = input.persons();
        for (int i = 0; i < persons.size(); i++) {
            String at = "persons[" + i + "].";
            if (!idNumbers.add(check(persons.get(i), at, today).value())) {
                throw new InvalidInputException(at + "idNumber", "finding.person.repeated");
            }
        }
        for (int i = 0; i < input.houses().size(); i++) {
            check(input.houses().get(i), "houses[" + i + "].");
        }
    }

    private IdNumber check(FindingPerson person, String at, LocalDate today) {
        IdNumber idNumber = idNumber(person.idNumber(), at + "idNumber", today);
        PersonLimits.NAME.checkAt(at + "name", person.name());
        PersonLimits.PHONE.checkAt(at + "phone", person.phone());
        if (!Phone.isBlankOrValid(person.phone())) {
            throw new InvalidInputException(at + "phone", "person.phone.invalid");
        }
        if (!divisions.isTownship(person.registrationPlace())) {
            throw new InvalidInputException(at + "registrationPlace", "person.registrationPlace.required");
        }
        if (person.maritalStatus() == null) {
            throw new InvalidInputException(at + "maritalStatus", "validation.required");
        }
        return idNumber;
    }

    /** The house as the housing register checks it, refused at {@code houses[i].field}. */
    private void check(FindingHouse house, String at) {
        try {
            houses.check(new HouseDetails(null, house.address(), house.landlordName(), house.landlordIdNumber(),
                    house.landlordPhone(), house.rooms()));
        } catch (InvalidInputException wrong) {
            throw new InvalidInputException(at + wrong.field(), wrong.messageKey(), wrong.arguments());
        }
    }

    private static IdNumber idNumber(String value, String field, LocalDate today) {
        try {
            return IdNumber.parse(value, today);
        } catch (InvalidInputException wrong) {
            throw new InvalidInputException(field, wrong.messageKey(), wrong.arguments());
        }
    }
}
