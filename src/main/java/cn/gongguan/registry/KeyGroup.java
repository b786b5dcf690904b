package cn.gongguan.registry;

import cn.gongguan.platform.Labelled;
import cn.gongguan.reference.Sex;
import java.time.LocalDate;
import org.springframework.data.jpa.domain.Specification;

/**
 * The key groups (重点人群) the policy follows up most closely: women of childbearing age (15 to 49), the married ones
 * among them, and those among them whose marriage-and-childbearing certificate has not been checked.
 */
public enum KeyGroup implements Labelled {
    WOMEN_OF_CHILDBEARING_AGE,
    MARRIED_WOMEN_OF_CHILDBEARING_AGE,
    WITHOUT_CERTIFICATE;

    /** The ages of childbearing, both included (the notice's and the figures' rule). */
    public static final int FIRST_AGE = 15;
    public static final int LAST_AGE = 49;

    /** Whether the person belongs to the group on the given day. */
    public boolean includes(Person person, LocalDate on) {
        boolean childbearingAge = person.getSex() == Sex.FEMALE
                && !person.getBirthDate().isAfter(on.minusYears(FIRST_AGE))
                && person.getBirthDate().isAfter(on.minusYears(LAST_AGE + 1));
        return childbearingAge && switch (this) {
            case WOMEN_OF_CHILDBEARING_AGE -> true;
            case MARRIED_WOMEN_OF_CHILDBEARING_AGE -> person.getMaritalStatus() == MaritalStatus.MARRIED;
            case WITHOUT_CERTIFICATE -> !person.isCertificateChecked();
        };
    }

    /** The same rule as {@link #includes}, as a query condition for the list. */
    public Specification<Person> on(LocalDate day) {
        return (root, query, cb) -> {
            var childbearingAge = cb.and(cb.equal(root.get("sex"), Sex.FEMALE),
                    cb.lessThanOrEqualTo(root.get("birthDate"), day.minusYears(FIRST_AGE)),
                    cb.greaterThan(root.get("birthDate"), day.minusYears(LAST_AGE + 1)));
            return switch (this) {
                case WOMEN_OF_CHILDBEARING_AGE -> childbearingAge;
                case MARRIED_WOMEN_OF_CHILDBEARING_AGE ->
                        cb.and(childbearingAge, cb.equal(root.get("maritalStatus"), MaritalStatus.MARRIED));
                case WITHOUT_CERTIFICATE -> cb.and(childbearingAge, cb.isFalse(root.get("certificateChecked")));
            };
        };
    }

    @Override
    public String labelKey() {
        return "keyGroup." + name();
    }
}
