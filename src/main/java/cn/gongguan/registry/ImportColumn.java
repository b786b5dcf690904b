package cn.gongguan.registry;

import cn.gongguan.platform.Texts;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The columns of the import template, in order, each reading its cell into the person's details. */
enum ImportColumn {
    // The last number is the most characters a cell may hold: the person's declared limit where the cell is stored as
    // typed, the width of the code or name it names otherwise. A longer cell is refused here, at its cell, never by
    // the database.
    NAME("person.name", "name", PersonLimits.NAME.maxLength()),
    ID_NUMBER("person.idNumber", "idNumber", 18),
    PHONE("person.phone", "phone", PersonLimits.PHONE.maxLength()),
    REGISTRATION_PLACE("person.registrationPlaceCode", "registrationPlace", 9),
    ORG_UNIT("person.orgUnit", "orgUnit", 100),
    ADDRESS("person.address", "address", PersonLimits.ADDRESS.maxLength()),
    ARRIVAL_DATE("person.arrivalDate", "arrivalDate", 0),
    FLOW_TYPE("person.flowType", "flowType", 0),
    MARITAL_STATUS("person.maritalStatus", "maritalStatus", 0),
    CHILDREN("person.children", "children", 0),
    EMPLOYER("person.employer", "employer", PersonLimits.EMPLOYER.maxLength()),
    CERTIFICATE_NUMBER("person.certificateNumber", "certificateNumber", PersonLimits.CERTIFICATE_NUMBER.maxLength()),
    CERTIFICATE_PLACE("person.certificatePlace", "certificatePlace", PersonLimits.CERTIFICATE_PLACE.maxLength()),
    CERTIFICATE_VALID_UNTIL("person.certificateValidUntil", "certificateValidUntil", 0),
    CERTIFICATE_CHECKED("person.certificateChecked", "certificateChecked", 0);

    private final TemplateColumn column;

    /**
     * @param field     the name of the field of {@link PersonDetails} the cell is read into, which is also the field a
     *                  refusal of the registry names: the refusal is shown at this column's cell
     * @param maxLength the most characters the cell may hold; 0 for a column read into something other than text
     */
    ImportColumn(String labelKey, String field, int maxLength) {
        this.column = new TemplateColumn(labelKey, field, maxLength);
    }

    TemplateColumn column() {
        return column;
    }

    /** The text columns: read as they are typed, each up to its length. */
    static List<ImportColumn> textColumns() {
        return Arrays.stream(values()).filter(c -> c.column.maxLength() > 0).toList();
    }


    /**
     * Reads the cell's text into the details; a value that cannot be read, or is longer than the column allows, is
     * refused at this column's field.
     *
     * @param units the tenant's villages and communities by name and by code
     */
    void apply(PersonDetails details, String text, Texts texts, Map<String, String> units) {
        Cells.text(column, text);
        switch (this) {
            case NAME -> details.setName(text);
            case ID_NUMBER -> details.setIdNumber(text);
            case PHONE -> details.setPhone(text);
            case REGISTRATION_PLACE -> details.setRegistrationPlace(text);
            case ORG_UNIT -> details.setOrgUnit(Cells.orgUnit(column, text, units));
            case ADDRESS -> details.setAddress(text);
            case ARRIVAL_DATE -> details.setArrivalDate(Cells.date(column, text));
            case FLOW_TYPE -> details.setFlowType(text.isEmpty() ? FlowType.INFLOW
                    : Cells.choice(column, FlowType.values(), text, texts));
            case MARITAL_STATUS -> details.setMaritalStatus(Cells.choice(column, MaritalStatus.values(), text, texts));
            case CHILDREN -> details.setChildren(Cells.number(column, text, "person.children.invalid"));
            case EMPLOYER -> details.setEmployer(text);
            case CERTIFICATE_NUMBER -> details.setCertificateNumber(text);
            case CERTIFICATE_PLACE -> details.setCertificatePlace(text);
            case CERTIFICATE_VALID_UNTIL -> details.setCertificateValidUntil(Cells.date(column, text));
            case CERTIFICATE_CHECKED -> details.setCertificateChecked(Cells.yes(column, text, texts));
        }
    }
}
