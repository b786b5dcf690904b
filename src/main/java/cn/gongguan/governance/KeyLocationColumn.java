package cn.gongguan.governance;

import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Department;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.util.Map;

/**
 * The columns of the key-location template, in order, each reading its cell into the row. The field of each is the
 * one {@link KeyLocations}' refusals name, so a refusal is shown at its cell.
 */
enum KeyLocationColumn {
    KIND("keyLocation.kind", "kind", 0),
    NAME("keyLocation.name", "name", KeyLocationLimits.NAME.maxLength()),
    ORG_UNIT("keyLocation.orgUnit", "orgUnit", 100),
    ADDRESS("keyLocation.address", "address", KeyLocationLimits.ADDRESS.maxLength()),
    DEPARTMENT("keyLocation.department", "department", 0),
    CONTACT_PERSON("keyLocation.contactPerson", "contactPerson", KeyLocationLimits.CONTACT_PERSON.maxLength()),
    CONTACT_PHONE("keyLocation.contactPhone", "contactPhone", KeyLocationLimits.CONTACT_PHONE.maxLength()),
    NOTE("keyLocation.note", "note", KeyLocationLimits.NOTE.maxLength());

    private final TemplateColumn column;

    KeyLocationColumn(String labelKey, String field, int maxLength) {
        this.column = new TemplateColumn(labelKey, field, maxLength);
    }

    TemplateColumn column() {
        return column;
    }

    /**
     * Reads the cell's text into the row; a value that cannot be read is refused at this column.
     *
     * @param units the township's villages, communities and groups by name and by code
     */
    void apply(ImportedLocation row, String text, Texts texts, Map<String, String> units) {
        Cells.text(column, text);
        switch (this) {
            case KIND -> row.kind = Cells.choice(column, LocationKind.values(), text, texts);
            case NAME -> row.name = text;
            case ORG_UNIT -> row.orgUnit = Cells.orgUnit(column, text, units);
            case ADDRESS -> row.address = text;
            case DEPARTMENT -> row.department = text.isEmpty() ? null
                    : Cells.choice(column, Department.values(), text, texts);
            case CONTACT_PERSON -> row.contactPerson = text;
            case CONTACT_PHONE -> row.contactPhone = text;
            case NOTE -> row.note = text;
        }
    }
}
