package cn.gongguan.police;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.util.function.Function;

/**
 * The columns of a police station's report template, in order, each reading its cell into the row. The field of each
 * is the one {@link PoliceReports} and {@link RowMatching} refuse, so that a refusal is shown at its cell.
 */
enum PoliceColumn {
    KIND("police.row.kind", "kind", 0),
    ID_NUMBER("person.idNumber", "idNumber", 18),
    NAME("person.name", "name", PoliceLimits.ROW_NAME_LENGTH),
    DAY("police.row.day", "day", 0),
    PLACE("police.row.place", "place", PoliceLimits.PLACE_LENGTH),
    REGISTRATION_PLACE("person.registrationPlace", "registrationPlace", 100),
    MARITAL_STATUS("person.maritalStatus", "maritalStatus", 0),
    NOTE("police.row.note", "note", PoliceLimits.NOTE_LENGTH);

    private final TemplateColumn column;

    PoliceColumn(String labelKey, String field, int maxLength) {
        this.column = new TemplateColumn(labelKey, field, maxLength);
    }

    TemplateColumn column() {
        return column;
    }

    /**
     * Reads the cell's text into the row; a value that cannot be read is refused at this column.
     *
     * @param townships a registration place's township code by the text of its cell (a code or a name)
     */
    void apply(ImportedRow row, String text, Texts texts, Function<String, String> townships) {
        Cells.text(column, text);
        switch (this) {
            case KIND -> row.kind = Cells.choice(column, RowKind.values(), text, texts);
            case ID_NUMBER -> row.idNumber = text;
            case NAME -> row.name = text;
            case DAY -> row.day = Cells.date(column, text);
            case PLACE -> row.place = text;
            case REGISTRATION_PLACE -> row.registrationPlace = text.isEmpty() ? null : townships.apply(text);
            case MARITAL_STATUS -> row.maritalStatus = text.isEmpty() ? null
                    : Cells.choice(column, MaritalStatus.values(), text, texts);
            case NOTE -> row.note = text;
        }
    }

    /** Refuses an empty cell of a column every row needs. */
    static void required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(field, "validation.required");
        }
    }
}
