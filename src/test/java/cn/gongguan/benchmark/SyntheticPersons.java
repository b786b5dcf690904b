package cn.gongguan.benchmark;

import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic but realistic persons of one township tenant, the same for the same seed: a realistic name, a valid ID
 * number whose region, birth date and sex agree with the record, a real household-registration township (inflows from
 * elsewhere in Gansu or China, outflows registered in the township itself, intra-county flows from its neighbours),
 * one of the tenant's villages, an arrival in the last twelve years, and — for most inflows — a marriage and
 * childbearing certificate (婚育证明), checked or not. No ID number is handed out twice.
 */
final class SyntheticPersons {

    private static final String[] EMPLOYERS = {"个体经营", "建筑工地", "农贸市场", "物流公司", "餐饮服务", "矿业公司",
            "服装加工厂", "超市", "汽车修理", "家政服务"};

    private final Random random;
    private final ChineseNames names = new ChineseNames();
    private final Division township;
    private final List<Division> county;
    private final List<Division> province;
    private final List<Division> china;
    private final List<OrgUnit> units;
    private final LocalDate today;
    private final Set<String> idNumbers = new HashSet<>();

    SyntheticPersons(Divisions divisions, String townshipCode, List<OrgUnit> units, LocalDate today, long seed) {
        this.random = new Random(seed);
        this.township = divisions.find(townshipCode).orElseThrow();
        String countyCode = townshipCode.substring(0, 6);
        this.county = divisions.searchTownships(countyCode)
                .filter(d -> !d.code().equals(townshipCode)).toList();
        this.province = divisions.searchTownships(townshipCode.substring(0, 2))
                .filter(d -> !d.code().startsWith(countyCode)).toList();
        this.china = divisions.searchTownships("").toList();
        this.units = List.copyOf(units);
        this.today = today;
    }

    PersonDetails next() {
        FlowType flow = flowType();
        Division place = switch (flow) {
            case OUTFLOW -> township;
            case INTRA_COUNTY -> pick(county);
            case INFLOW -> random.nextInt(10) < 6 ? pick(province) : pick(china);
        };
        Sex sex = random.nextInt(100) < 52 ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = today.minusYears(16).minusDays(random.nextInt(49 * 365));
        OrgUnit unit = pick(units);
        PersonDetails details = new PersonDetails();
        details.setName(names.next(random, sex));
        details.setIdNumber(idNumber(place, birth, sex));
        details.setPhone(random.nextInt(10) == 0 ? null : "1" + (3 + random.nextInt(7)) + digits(9));
        details.setRegistrationPlace(place.code());
        details.setOrgUnit(unit.getCode());
        details.setAddress("%s%d组%d号".formatted(unit.getName(), 1 + random.nextInt(12), 1 + random.nextInt(80)));
        details.setArrivalDate(arrival(birth));
        details.setFlowType(flow);
        maritalStatus(details, ChronoUnit.YEARS.between(birth, today));
        details.setEmployer(random.nextInt(10) < 4 ? pick(EMPLOYERS) : null);
        if (flow == FlowType.INFLOW && random.nextInt(10) < 7) {
            details.setCertificateNumber(digits(12));
            details.setCertificatePlace(place.fullName());
            details.setCertificateValidUntil(details.getArrivalDate().plusYears(3));
            details.setCertificateChecked(random.nextInt(10) < 6);
        }
        return details;
    }

    private FlowType flowType() {
        int draw = random.nextInt(100);
        return draw < 60 ? FlowType.INFLOW : draw < 85 ? FlowType.OUTFLOW : FlowType.INTRA_COUNTY;
    }

    /** Region of the registration place, birth date, a sequence whose last digit's parity is the sex, check digit. */
    private String idNumber(Division place, LocalDate birth, Sex sex) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
            String first17 = place.code().substring(0, 6) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + "%03d".formatted(sequence);
            String idNumber = first17 + IdNumber.checkCharacter(first17);
            if (idNumbers.add(idNumber)) {
                return idNumber;
            }
        }
    }

    private LocalDate arrival(LocalDate birth) {
        LocalDate adult = birth.plusYears(16);
        LocalDate earliest = adult.isAfter(today.minusYears(12)) ? adult : today.minusYears(12);
        return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, today) + 1));
    }

    private void maritalStatus(PersonDetails details, long age) {
        int draw = random.nextInt(100);
        MaritalStatus status = age < 22 ? (draw < 90 ? MaritalStatus.UNMARRIED : MaritalStatus.MARRIED)
                : draw < 72 ? MaritalStatus.MARRIED : draw < 90 ? MaritalStatus.UNMARRIED
                : draw < 97 ? MaritalStatus.DIVORCED : MaritalStatus.WIDOWED;
        details.setMaritalStatus(status);
        if (status != MaritalStatus.UNMARRIED) {
            int children = random.nextInt(100);
            details.setChildren(children < 15 ? 0 : children < 60 ? 1 : children < 95 ? 2 : 3);
        }
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
