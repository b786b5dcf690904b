package cn.gongguan.registry;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.Texts;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/** The columns of the import template, in order, each reading its cell into the person's details. */
enum ImportColumn {
    NAME("person.name", "name"),
    ID_NUMBER("person.idNumber", "idNumber"),
    PHONE("person.phone", "phone"),
    REGISTRATION_PLACE("person.registrationPlaceCode", "registrationPlace"),
    ORG_UNIT("person.orgUnit", "orgUnit"),
    ADDRESS("person.address", "address"),
    ARRIVAL_DATE("person.arrivalDate", "arrivalDate"),
    FLOW_TYPE("person.flowType", "flowType"),
    MARITAL_STATUS("person.maritalStatus", "maritalStatus"),
    CHILDREN("person.children", "children"),
    EMPLOYER("person.employer", "employer"),
    CERTIFICATE_NUMBER("person.certificateNumber", "certificateNumber"),
    CERTIFICATE_PLACE("person.certificatePlace", "certificatePlace"),
    CERTIFICATE_VALID_UNTIL("person.certificateValidUntil", "certificateValidUntil"),
    CERTIFICATE_CHECKED("person.certificateChecked", "certificateChecked");

    private final String labelKey;
    private final String field;

    ImportColumn(String labelKey, String field) {
        this.labelKey = labelKey;
        this.field = field;
    }

    String labelKey() {
        return labelKey;
    }

    static ImportColumn forField(String field) {
        return Arrays.stream(values()).filter(c -> c.field.equals(field)).findFirst().orElse(null);
    }

    /**
     * Reads the cell into the details; a value that cannot be read is refused at this column's field.
     *
     * @param units the tenant's villages and communities by name and by code
     */
    void apply(PersonDetails details, Cell cell, DataFormatter formatter, Texts texts, Map<String, String> units) {
        String text = cell == null ? "" : formatter.formatCellValue(cell).strip();
        switch (this) {
            case NAME -> details.setName(text);
            case ID_NUMBER -> details.setIdNumber(text);
            case PHONE -> details.setPhone(text);
            case REGISTRATION_PLACE -> details.setRegistrationPlace(text);
            case ORG_UNIT -> {
                if (!text.isEmpty() && !units.containsKey(text)) {
                    throw new InvalidInputException(field, "person.orgUnit.unknown");
                }
                details.setOrgUnit(text.isEmpty() ? null : units.get(text));
            }
            case ADDRESS -> details.setAddress(text);
            case ARRIVAL_DATE -> details.setArrivalDate(date(cell, text));
            case FLOW_TYPE -> details.setFlowType(text.isEmpty() ? FlowType.INFLOW : label(FlowType.values(), text, texts));
            case MARITAL_STATUS -> details.setMaritalStatus(label(MaritalStatus.values(), text, texts));
            case CHILDREN -> details.setChildren(number(text));
            case EMPLOYER -> details.setEmployer(text);
            case CERTIFICATE_NUMBER -> details.setCertificateNumber(text);
            case CERTIFICATE_PLACE -> details.setCertificatePlace(text);
            case CERTIFICATE_VALID_UNTIL -> details.setCertificateValidUntil(date(cell, text));
            case CERTIFICATE_CHECKED -> details.setCertificateChecked(yes(text, texts));
        }
    }

    private LocalDate date(Cell cell, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        try {
            return LocalDate.parse(text.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "import.date");
        }
    }

    private int number(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "person.children.invalid");
        }
    }

    /** An enum value by its label in the user's language or by its code name. */
    private <E extends Enum<E> & Labelled> E label(E[] values, String text, Texts texts) {
        if (text.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text) || texts.get(value.labelKey()).equals(text)) {
                return value;
            }
        }
        throw new InvalidInputException(field, "import.choice");
    }

    private boolean yes(String text, Texts texts) {
        if (text.isEmpty() || text.equals(texts.get("import.no")) || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equals(texts.get("import.yes")) || text.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidInputException(field, "import.yesNo");
    }
}
