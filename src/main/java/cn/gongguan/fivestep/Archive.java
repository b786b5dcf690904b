package cn.gongguan.fivestep;

import static cn.gongguan.fivestep.ArchiveField.choice;
import static cn.gongguan.fivestep.ArchiveField.date;
import static cn.gongguan.fivestep.ArchiveField.number;
import static cn.gongguan.fivestep.ArchiveField.requiredText;
import static cn.gongguan.fivestep.ArchiveField.text;

import cn.gongguan.platform.Labelled;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import java.time.LocalDate;
import java.util.List;

/**
 * The four archives (四建档) of an inflow person, and who has each: everyone a household archive and a needs
 * archive, a woman of childbearing age her archive, a married one also her reproductive-health archive — sensitive
 * personal information, kept encrypted and read only with a stated reason.
 */
public enum Archive implements Labelled {
    HOUSEHOLD(List.of(number("householdSize", true), choice("housing", true, "RENTED", "OWN", "EMPLOYER", "OTHER"),
            text("occupation"), text("members"), text("notes"))),
    CHILDBEARING_AGE(List.of(date("firstMarriageDate"), number("boys", true), number("girls", true),
            date("youngestChildBirth"), text("notes"))),
    REPRODUCTIVE_HEALTH(List.of(
            choice("contraception", true, "IUD", "STERILIZATION", "IMPLANT", "INJECTION", "PILL", "CONDOM", "NONE",
                    "OTHER"),
            date("contraceptionSince"), choice("pregnant", true, "NO", "YES"), date("expectedDelivery"),
            date("lastCheckup"), text("checkupResult"), text("notes"))),
    NEEDS(List.of(requiredText("services"), text("notes")));

    private final List<ArchiveField> fields;

    Archive(List<ArchiveField> fields) {
        this.fields = fields;
    }

    public List<ArchiveField> fields() {
        return fields;
    }

    /** Sensitive personal information (PIPL art. 28): encrypted at rest, role-restricted, every read audited. */
    public boolean isSensitive() {
        return this == REPRODUCTIVE_HEALTH;
    }

    /** Whether the person should have this archive on the given day. */
    public boolean appliesTo(Person person, LocalDate on) {
        return switch (this) {
            case HOUSEHOLD, NEEDS -> true;
            case CHILDBEARING_AGE -> KeyGroup.WOMEN_OF_CHILDBEARING_AGE.includes(person, on);
            case REPRODUCTIVE_HEALTH -> KeyGroup.MARRIED_WOMEN_OF_CHILDBEARING_AGE.includes(person, on);
        };
    }

    @Override
    public String labelKey() {
        return "archive." + name();
    }
}
