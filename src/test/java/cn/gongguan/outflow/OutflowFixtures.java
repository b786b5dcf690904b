package cn.gongguan.outflow;

import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.reference.Sex;
import java.time.LocalDate;

/** Outflow persons and trips for tests. */
public final class OutflowFixtures {

    /** 伏家镇, a township of the same county: a destination within the county. */
    public static final String FUJIA = "621227101";
    /** 成都市锦江区东湖街道: a destination outside the county. */
    public static final String CHUNXILU = "510104018";

    private OutflowFixtures() {
    }

    /** A person not registered yet, living (when home) in the village given, or in none when null. */
    public static PersonDetails person(String name, String orgUnit) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(PersonFixtures.newIdNumber(LocalDate.of(1992, 3, 4), Sex.FEMALE));
        details.setOrgUnit(orgUnit);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        return details;
    }

    /** A trip declared by the person on the day they left. */
    public static TripDetails trip(LocalDate left, String destination) {
        return new TripDetails(left, destination, "春熙路 8 号", "某电子厂", "13800001234", true, "本人", left);
    }
}
