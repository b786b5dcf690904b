package cn.gongguan.governance;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A finding a liaison recorded, as the liaison sees it afterwards: where, when, the counts typed in clear and whether
 * the township took it in (never what the township's registry made of the persons).
 */
public record LiaisonFinding(long id, long operationId, String operationTitle, String location, String unitName,
                             LocalDate foundOn, int personsChecked, int referred, Instant recordedAt,
                             Instant takenAt, String takenProblem) {

    public boolean isTakenIn() {
        return takenAt != null;
    }
}
