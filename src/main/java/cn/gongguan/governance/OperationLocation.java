package cn.gongguan.governance;

import java.time.LocalDate;

/**
 * A key location a township assigned to its task, with the team sent there and the counts of what was found.
 *
 * @param locationId the key location's id in the township's schema
 * @param findings   how many findings were recorded there
 * @param doneOn     the day of its first finding (null while not visited)
 */
public record OperationLocation(long id, long taskId, long operationId, String township, long locationId,
                                LocationKind kind, String name, String unitName, String team, int findings,
                                FindingCounts counts, LocalDate doneOn) {

    public boolean isDone() {
        return doneOn != null;
    }
}
