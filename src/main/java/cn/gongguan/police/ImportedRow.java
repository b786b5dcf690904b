package cn.gongguan.police;

import cn.gongguan.registry.MaritalStatus;
import java.time.LocalDate;

/** One row of a police station's report file as read, before it is checked. */
final class ImportedRow {

    RowKind kind;
    String idNumber;
    String name;
    LocalDate day;
    String place;
    String registrationPlace;
    MaritalStatus maritalStatus;
    String note;

    RowInput input() {
        return new RowInput(kind, idNumber, name, day, place, registrationPlace, maritalStatus, note);
    }
}
