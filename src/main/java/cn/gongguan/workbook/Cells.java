package cn.gongguan.workbook;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.Texts;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Reads a cell's text as the import templates write it; a cell that cannot be read is refused at its column. */
public final class Cells {

    private Cells() {
    }

    /** The text as typed, refused when longer than the column allows. */
    public static String text(TemplateColumn column, String text) {
        if (column.maxLength() > 0 && text.codePointCount(0, text.length()) > column.maxLength()) {
            throw new InvalidInputException(column.field(), "validation.tooLong", column.maxLength());
        }
        return text;
    }

    /**
     * The tenant's units by name and by code, for {@link #orgUnit}: {@code names} as {@code OrgUnits.names()} gives
     * them (a group's with its village's, as lists show it: groups are often named alike).
     */
    public static Map<String, String> units(Map<String, String> names) {
        Map<String, String> units = new HashMap<>();
        names.forEach((code, name) -> {
            units.put(name, code);
            units.put(code, code);
        });
        return units;
    }

    /** A village or community by its name or code (see {@link #units}); null when empty. */
    public static String orgUnit(TemplateColumn column, String text, Map<String, String> units) {
        if (!text.isEmpty() && !units.containsKey(text)) {
            throw new InvalidInputException(column.field(), "person.orgUnit.unknown");
        }
        return text.isEmpty() ? null : units.get(text);
    }

    /** A date as typed (2026-11-28, 2026/11/28, 2026.11.28), or as the reader writes a date cell; null when empty. */
    public static LocalDate date(TemplateColumn column, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(column.field(), "import.date");
        }
    }

    /** A whole number; 0 when empty. */
    public static int number(TemplateColumn column, String text, String invalidKey) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(column.field(), invalidKey);
        }
    }

    /** An enum value by its label in the user's language or by its code name; required. */
    public static <E extends Enum<E> & Labelled> E choice(TemplateColumn column, E[] values, String text, Texts texts) {
        if (text.isEmpty()) {
            throw new InvalidInputException(column.field(), "validation.required");
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text) || texts.get(value.labelKey()).equals(text)) {
                return value;
            }
        }
        throw new InvalidInputException(column.field(), "import.choice");
    }

    /** Yes or no in the user's language (是/否) or as true/false; empty is no. */
    public static boolean yes(TemplateColumn column, String text, Texts texts) {
        if (text.isEmpty() || text.equals(texts.get("import.no")) || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equals(texts.get("import.yes")) || text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(column.field(), "import.yesNo");
    }
}
