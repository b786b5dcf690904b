package cn.gongguan.fivestep;

import java.util.List;

/**
 * One field of an archive: its name, what it holds, whether it must be filled in, and for a choice the values it
 * may take. Values are kept as text (numbers in decimal, dates in ISO form).
 */
public record ArchiveField(String name, Type type, boolean required, List<String> choices) {

    public enum Type { TEXT, NUMBER, DATE, CHOICE }

    static ArchiveField text(String name) {
        return new ArchiveField(name, Type.TEXT, false, List.of());
    }

    static ArchiveField requiredText(String name) {
        return new ArchiveField(name, Type.TEXT, true, List.of());
    }

    static ArchiveField number(String name, boolean required) {
        return new ArchiveField(name, Type.NUMBER, required, List.of());
    }

    static ArchiveField date(String name) {
        return new ArchiveField(name, Type.DATE, false, List.of());
    }

    static ArchiveField choice(String name, boolean required, String... choices) {
        return new ArchiveField(name, Type.CHOICE, required, List.of(choices));
    }

    public String labelKey() {
        return "archive.field." + name;
    }

    public String choiceLabelKey(String choice) {
        return "archive.choice." + name + "." + choice;
    }
}
