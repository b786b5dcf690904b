package cn.gongguan.outflow;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.util.Map;
import java.util.function.Function;

/**
 * The columns of the outflow list template, in order, each reading its cell into the row's trip. The field of each is
 * the one the registry's and {@link OutflowTrips}'s refusals name, so a refusal is shown at its cell.
 */
enum OutflowColumn {
    ID_NUMBER("person.idNumber", "idNumber", 18),
    NAME("person.name", "name", PersonLimits.NAME.maxLength()),
    PHONE("person.phone", "phone", PersonLimits.PHONE.maxLength()),
    ORG_UNIT("outflow.import.orgUnit", "orgUnit", 100),
    ADDRESS("outflow.homeAddress", "address", PersonLimits.ADDRESS.maxLength()),
    DEPARTURE_DAY("outflow.departureDay", "departureDay", 0),
    DESTINATION("outflow.destination", "destination", 100),
    DESTINATION_ADDRESS("outflow.destinationAddress", "destinationAddress",
            OutflowLimits.DESTINATION_ADDRESS.maxLength()),
    WORK_UNIT("outflow.workUnit", "workUnit", OutflowLimits.WORK_UNIT.maxLength()),
    DESTINATION_PHONE("outflow.destinationPhone", "destinationPhone", OutflowLimits.DESTINATION_PHONE.maxLength()),
    CERTIFICATE_HELD("outflow.certificateHeld", "certificateHeld", 0),
    DECLARED_BY("outflow.declaredBy", "declaredBy", OutflowLimits.DECLARED_BY.maxLength()),
    DECLARED_ON("outflow.declaredOn", "declaredOn", 0),
    RETURN_DAY("outflow.returnDay", "returnDay", 0);

    private final TemplateColumn column;

    OutflowColumn(String labelKey, String field, int maxLength) {
        this.column = new TemplateColumn(labelKey, field, maxLength);
    }

    TemplateColumn column() {
        return column;
    }


    /**
     * Reads the cell's text into the row; a value that cannot be read is refused at this column.
     *
     * @param units        the township's villages by name and by code
     * @param destinations a destination's township code by the text of its cell (a code or a name)
     */
    void apply(ImportedTrip row, String text, Texts texts, Map<String, String> units,
               Function<String, String> destinations) {
        Cells.text(column, text);
        switch (this) {
            case ID_NUMBER -> row.person.setIdNumber(text);
            case NAME -> row.person.setName(text);
            case PHONE -> row.person.setPhone(text);
            case ORG_UNIT -> row.person.setOrgUnit(Cells.orgUnit(column, text, units));
            case ADDRESS -> row.person.setAddress(text);
            case DEPARTURE_DAY -> row.departureDay = required(Cells.date(column, text));
            case DESTINATION -> row.destination = destinations.apply(required(text.isEmpty() ? null : text));
            case DESTINATION_ADDRESS -> row.destinationAddress = text;
            case WORK_UNIT -> row.workUnit = text;
            case DESTINATION_PHONE -> row.destinationPhone = text;
            case CERTIFICATE_HELD -> row.certificateHeld = Cells.yes(column, text, texts);
            case DECLARED_BY -> row.declaredBy = text;
            case DECLARED_ON -> row.declaredOn = required(Cells.date(column, text));
            case RETURN_DAY -> row.returnDay = Cells.date(column, text);
        }
    }

    private <T> T required(T value) {
        if (value == null) {
            throw new InvalidInputException(column.field(), "validation.required");
        }
        return value;
    }
}
