package cn.gongguan.governance;

import cn.gongguan.reference.Department;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding recorded at an assigned location, as the township's task page lists it (its counts; the persons are in
 * the registry).
 *
 * @param liaisonName the liaison who recorded it (null for the township's own)
 */
public record Finding(long id, long locationId, LocalDate foundOn, FindingSource source, Department department,
                      String liaisonName, FindingCounts counts, String note, String recordedBy, Instant recordedAt) {
}
