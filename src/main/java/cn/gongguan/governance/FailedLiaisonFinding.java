package cn.gongguan.governance;

import cn.gongguan.reference.Department;
import java.time.LocalDate;

/**
 * A liaison's finding the township could not take in as a whole (the operation closed meanwhile, a house refused, a
 * failure): listed on the task page for its staff to take it in again or discard it.
 *
 * @param problem why: a translation key of the refusal, or {@code failed: <what>}
 */
public record FailedLiaisonFinding(long id, String location, Department department, String liaisonName,
                                   LocalDate foundOn, int personsChecked, String problem) {
}
