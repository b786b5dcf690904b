package cn.gongguan.exchange;

import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.IdNumber;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A message of the exchange, as its sender or addressee sees it: a feedback or a verification request about one
 * person, or a notice to a unit (no person, no answer). What it says in clear — its outcome, topic, urgency, result —
 * is here; its note and its answer's text are sealed and only flagged here.
 *
 * @param threadId       the root message of its thread (null for a root): a follow-up question, or another row of
 *                       the same notice
 * @param sender         the division code of the place it came from: a tenant of this system, or (origin
 *                       {@link Origin#NATIONAL}) a place reached through the national platform
 * @param addressee      the division code of the place it is for, likewise
 * @param outcome        what a feedback reports (null for a feedback task of the person index and for other kinds)
 * @param due            when it must be answered (null for a notice)
 * @param escalateOn     the day an unanswered message reaches the county (null for a notice)
 * @param result         the answer's structured result: a {@link VerificationResult} or {@link FeedbackOutcome} name
 * @param hasAnswerText  the answer carries a sealed text
 * @param legacyAnswer   an answer given before answers were sealed, in clear (read only)
 * @param outboxState    for a message to (or an answer to) a place outside this system: where it stands
 */
public record Message(long id, MessageKind kind, Origin origin, Long threadId, String sender, String addressee,
                      String personName, IdNumber idNumber, FeedbackOutcome outcome, Urgency urgency,
                      VerificationTopic topic, String title, String noticeText, boolean hasNote, String sentBy,
                      Instant sentAt, Deadline due, LocalDate escalateOn, Instant answeredAt, String answeredBy,
                      String result, boolean hasAnswerText, String legacyAnswer, Instant readAt, String readBy,
                      Instant closedAt, String closedBy, String nationalNumber, OutboxState outboxState,
                      Integer outboxBatch) {

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The thread this message belongs to: its root's id. */
    public long thread() {
        return threadId == null ? id : threadId;
    }

    /** Where a message stands. */
    public enum State {
        ANSWERED,
        CLOSED,
        /** For a place outside this system: it travels through the national platform's files (see its outbox state). */
        VIA_NATIONAL,
        /** Unanswered 3 working days after its due day: the county sees it. */
        ESCALATED,
        OVERDUE,
        AWAITING,
        /** A notice read by its addressee. */
        READ,
        /** A notice not read yet. */
        UNREAD
    }

    /** Unanswered (and not closed) after its due day. */
    public boolean isOverdue(LocalDate today) {
        return kind.isAnswered() && !isAnswered() && !isClosed() && due.due().isBefore(today);
    }

    /** Where the message stands today; {@code addresseeInSystem}: the place it is for works in this system. */
    public State state(LocalDate today, boolean addresseeInSystem) {
        if (!kind.isAnswered()) {
            return readAt == null ? State.UNREAD : State.READ;
        }
        if (isAnswered()) {
            return State.ANSWERED;
        }
        if (isClosed()) {
            return State.CLOSED;
        }
        if (!addresseeInSystem) {
            return State.VIA_NATIONAL;
        }
        if (!escalateOn.isAfter(today)) {
            return State.ESCALATED;
        }
        return isOverdue(today) ? State.OVERDUE : State.AWAITING;
    }
}
