package cn.gongguan.enterprise;

import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;

/** One row of an imported staff list: the person as the list names them, and their employment. */
final class StaffRow {

    final PersonDetails person = new PersonDetails();
    Sex sex;
    String job;
    LocalDate hiredOn;
    LocalDate leftOn;
    /** Not in the registry when the row was checked: registered as an inflow person awaiting the visit. */
    boolean newcomer;
}
