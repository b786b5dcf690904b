package cn.gongguan.exchange;

import cn.gongguan.reference.IdNumber;
import java.time.Instant;
import java.util.List;

/**
 * The person index found that tenants hold the same person as outflow and as inflow, and opened feedback tasks
 * (published in the transaction that recorded the holding; listeners act after its commit, each in the tenant it
 * concerns, binding that tenant themselves).
 */
public record PersonsMet(List<Meeting> meetings) {

    /**
     * One task opened: from {@code sender} to {@code addressee}, who owes it feedback about the person. The sender of
     * the first task of a meeting is the outflow township; an intra-county mover's second task goes the other way.
     */
    public record Meeting(long messageId, String sender, String addressee, IdNumber idNumber, Instant at) {
    }
}
