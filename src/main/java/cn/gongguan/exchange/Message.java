package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.IdNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A message between tenants about one person: who sent it to which place, what it reports (its outcome), whether it
 * carries a sealed note, when it must be answered, and the answer.
 *
 * @param addressee the division code of the place it is for: a tenant of this system, or a place reached through
 *                  the national exchange platform
 */
public record Message(long id, MessageKind kind, TenantCode sender, String addressee, String personName,
                      IdNumber idNumber, FeedbackOutcome outcome, boolean hasNote, String sentBy, Instant sentAt,
                      Deadline due, Instant answeredAt, String answeredBy, String answer) {

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Where a message stands. */
    public enum State {
        ANSWERED,
        /** For a place outside this system: its answer does not come back here, so it is never overdue. */
        VIA_NATIONAL,
        OVERDUE,
        AWAITING
    }

    /** Unanswered after its due day. */
    public boolean isOverdue(LocalDate today) {
        return !isAnswered() && due.due().isBefore(today);
    }

    /** Where the message stands today; {@code addresseeInSystem}: the place works in this system. */
    public State state(LocalDate today, boolean addresseeInSystem) {
        if (isAnswered()) {
            return State.ANSWERED;
        }
        if (!addresseeInSystem) {
            return State.VIA_NATIONAL;
        }
        return isOverdue(today) ? State.OVERDUE : State.AWAITING;
    }
}
