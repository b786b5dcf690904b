package cn.gongguan.governance;

import java.time.Instant;

/**
 * A township's task of a joint operation, with the counts of the findings recorded under it (what the county sees).
 *
 * @param reworkReason the county's last request for rework (kept after the township submits again)
 */
public record OperationTask(long id, long operationId, String county, String township, TaskState state,
                            int locationsTotal, int locationsDone, FindingCounts counts, String resultNote,
                            String submittedBy, Instant submittedAt, String reworkReason, String reworkBy,
                            Instant reworkAt, Instant updatedAt) {
}
