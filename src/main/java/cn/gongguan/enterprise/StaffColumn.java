package cn.gongguan.enterprise;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Texts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.workbook.Cells;
import cn.gongguan.workbook.TemplateColumn;
import java.util.function.Function;

/**
 * The columns of the staff list template, in order. The first six are what an enterprise's payroll says; the last
 * three are needed only for a newcomer the registry does not know yet. The field of each is the one the services'
 * refusals name, so a refusal is shown at its cell.
 */
enum StaffColumn {
    ID_NUMBER("person.idNumber", "idNumber", 18),
    NAME("person.name", "name", PersonLimits.NAME.maxLength()),
    SEX("person.sex", "sex", 0),
    JOB("enterprise.staff.job", "job", EnterpriseLimits.JOB.maxLength()),
    HIRED_ON("enterprise.staff.hiredOn", "hiredOn", 0),
    LEFT_ON("enterprise.staff.leftOn", "leftOn", 0),
    REGISTRATION_PLACE("enterprise.staff.registrationPlace", "registrationPlace", 100),
    PHONE("person.phone", "phone", PersonLimits.PHONE.maxLength()),
    ADDRESS("person.address", "address", PersonLimits.ADDRESS.maxLength());

    private final TemplateColumn column;

    StaffColumn(String labelKey, String field, int maxLength) {
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
    void apply(StaffRow row, String text, Texts texts, Function<String, String> townships) {
        Cells.text(column, text);
        switch (this) {
            case ID_NUMBER -> row.person.setIdNumber(text);
            case NAME -> row.person.setName(text);
            case SEX -> row.sex = text.isEmpty() ? null : Cells.choice(column, Sex.values(), text, texts);
            case JOB -> row.job = EnterpriseLimits.JOB.checkAt(column.field(), text);
            case HIRED_ON -> row.hiredOn = required(Cells.date(column, text));
            case LEFT_ON -> row.leftOn = Cells.date(column, text);
            case REGISTRATION_PLACE -> row.person.setRegistrationPlace(text.isEmpty() ? null : townships.apply(text));
            case PHONE -> row.person.setPhone(text);
            case ADDRESS -> row.person.setAddress(text);
        }
    }

    private <T> T required(T value) {
        if (value == null) {
            throw new InvalidInputException(column.field(), "validation.required");
        }
        return value;
    }
}
