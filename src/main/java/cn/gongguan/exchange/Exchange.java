package cn.gongguan.exchange;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.Role;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange between tenants (DESIGN.md, cross-tenant path 2): messages in {@code platform.exchange_message}, each
 * visible to its sender and its addressee only. The tenant's own database role reads and writes them, so the
 * database itself keeps every other tenant's messages out of reach. Information from another place is answered
 * within {@value #ANSWER_WORKING_DAYS} working days on the official calendar. A message says its outcome in clear;
 * its note, if any, is sealed and opened only by the sender's or the addressee's roles that open sealed information,
 * for a reason, audited.
 */
@Service
public class Exchange {

    /** The policy: information from another place is answered within five working days. */
    public static final int ANSWER_WORKING_DAYS = 5;
    /** Unanswered this many working days after its due day, a message is escalated to the county. */
    public static final int ESCALATION_WORKING_DAYS = 3;
    /** Who sends feedback and sees what was sent about a person they may open. */
    private static final Set<Role> SENDERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER,
            Role.GROUP_OFFICER, Role.COMMITTEE_CLERK);
    /** Who reads and answers the unit's whole inbox: not an information officer, who works on one village or group. */
    private static final Set<Role> READERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.COMMITTEE_CLERK);

    /** Which messages a list shows. */
    public enum Box { INCOMING, SENT }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final MessageNotes notes;
    private final SensitiveReads sensitiveReads;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;
    private final Places places;

    Exchange(JdbcClient jdbc, WorkingDays workingDays, MessageNotes notes, SensitiveReads sensitiveReads,
             AuditTrail audit, Clock clock, Today today, Places places) {
        this.places = places;
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.notes = notes;
        this.sensitiveReads = sensitiveReads;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /**
     * Sends a message about a person to a place, due {@value #ANSWER_WORKING_DAYS} working days from today, with its
     * outcome and a note (or none), which is sealed before it is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long send(MessageKind kind, String addressee, String personName, IdNumber idNumber, FeedbackOutcome outcome,
                     String note) {
        String by = user(SENDERS).getUsername();
        String sender = TenantContext.current().value();
        Deadline due = workingDays.deadline(today.date(), ANSWER_WORKING_DAYS);
        LocalDate escalateOn = escalation(due);
        // The id is drawn first: the sealed note is bound to it, and the tenant may insert but never update a note.
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('platform.exchange_message', 'id'))")
                .query(Long.class).single();
        jdbc.sql("""
                insert into platform.exchange_message
                    (id, kind, sender_code, addressee_code, person_name, id_number, outcome, note_sealed, sent_by,
                     due_on, due_provisional, escalate_on, outbox_state)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, kind.name(), sender, addressee, personName, idNumber.value(), outcome.name(),
                        note == null || note.isEmpty() ? null : notes.seal(id, sender, addressee, note), by,
                        Date.valueOf(due.due()), due.provisional(), Date.valueOf(escalateOn),
                        places.isTenant(addressee) ? null : OutboxState.WAITING.name())
                .update();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_SENT, "message:" + id,
                kind.name() + " → " + addressee, null);
        return id;
    }

    /** A page of the tenant's incoming or sent messages: unanswered ones first, by due day. */
    @Transactional(readOnly = true)
    public List<Message> list(Box box, int offset, int limit) {
        user(READERS);
        return jdbc.sql("select * from platform.exchange_message where " + column(box) + """
                 = ? order by answered_at is not null, due_on, id offset ? limit ?""")
                .params(TenantContext.current().value(), offset, limit)
                .query(Exchange::message).list();
    }

    @Transactional(readOnly = true)
    public int count(Box box) {
        user(READERS);
        return jdbc.sql("select count(*) from platform.exchange_message where " + column(box) + " = ?")
                .param(TenantContext.current().value()).query(Integer.class).single();
    }

    /** Incoming messages not answered yet whose due day has passed. */
    @Transactional(readOnly = true)
    public int countOverdue() {
        user(READERS);
        return jdbc.sql("""
                select count(*) from platform.exchange_message
                where addressee_code = ? and answered_at is null and due_on < ?""")
                .params(TenantContext.current().value(), Date.valueOf(today.date()))
                .query(Integer.class).single();
    }

    /** The messages this tenant sent about a person, newest first. */
    @Transactional(readOnly = true)
    public List<Message> sentAbout(IdNumber idNumber) {
        user(SENDERS);
        return jdbc.sql("""
                select * from platform.exchange_message where sender_code = ? and id_number = ?
                order by sent_at desc, id""")
                .params(TenantContext.current().value(), idNumber.value())
                .query(Exchange::message).list();
    }

    /**
     * The sealed note of a message this tenant sent or received, opened for a stated reason by a role that may
     * (audited with the message and the reason); empty when it has none.
     */
    @Transactional
    public String openNote(long id, ReadReason reason) {
        String tenant = TenantContext.current().value();
        record Sealed(String sender, String addressee, byte[] note) {
        }
        Sealed sealed = jdbc.sql("""
                select sender_code, addressee_code, note_sealed from platform.exchange_message
                where id = ? and ? in (sender_code, addressee_code)""")
                .params(id, tenant)
                .query((rs, row) -> new Sealed(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new AccessDeniedException("No message " + id));
        sensitiveReads.admit("message:" + id, "FEEDBACK_NOTE", reason);
        return sealed.note() == null ? "" : notes.open(id, sealed.sender(), sealed.addressee(), sealed.note());
    }

    /**
     * The sealed text of the answer to a message this tenant sent or received, opened for a stated reason by a role
     * that may (audited with the message and the reason); empty when it has none.
     */
    @Transactional
    public String openAnswer(long id, ReadReason reason) {
        record Sealed(String sender, String addressee, byte[] answer) {
        }
        Sealed sealed = jdbc.sql("""
                select sender_code, addressee_code, answer_sealed from platform.exchange_message
                where id = ? and ? in (sender_code, addressee_code)""")
                .params(id, TenantContext.current().value())
                .query((rs, row) -> new Sealed(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new AccessDeniedException("No message " + id));
        sensitiveReads.admit("message:" + id, "MESSAGE_ANSWER", reason);
        return sealed.answer() == null ? "" : notes.openAnswer(id, sealed.sender(), sealed.addressee(), sealed.answer());
    }

    /**
     * Answers an incoming message; a message already answered keeps its first answer, and a second one is refused as
     * a stale edit naming who answered and when.
     */
    @Transactional
    public void answer(long id, String answer) {
        String by = user(READERS).getUsername();
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("answer", "exchange.answer.required");
        }
        MessageLimits.ANSWER.check(text);
        Message asked = incoming(id).orElseThrow(() -> new AccessDeniedException("No incoming message " + id));
        if (asked.isAnswered()) {
            throw new StaleEditException(asked.answeredBy(), asked.answeredAt());
        }
        // an answer to a place outside this system waits in the outbox for the national platform's next file
        jdbc.sql("""
                update platform.exchange_message set answered_at = ?, answered_by = ?, answer_sealed = ?,
                    outbox_state = ? where id = ? and addressee_code = ? and answered_at is null""")
                .params(Timestamp.from(clock.instant()), by, notes.sealAnswer(id, asked.sender(), asked.addressee(), text),
                        places.isTenant(asked.sender()) ? null : OutboxState.WAITING.name(), id,
                        TenantContext.current().value())
                .update();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_ANSWERED, "message:" + id, null, null);
    }

    /** An incoming message as it is now, e.g. to show the answer someone else gave meanwhile. */
    @Transactional(readOnly = true)
    public Optional<Message> incoming(long id) {
        user(READERS);
        return jdbc.sql("select * from platform.exchange_message where id = ? and addressee_code = ?")
                .params(id, TenantContext.current().value())
                .query(Exchange::message).optional();
    }

    /** The day an unanswered message reaches the county: {@value #ESCALATION_WORKING_DAYS} working days after due. */
    LocalDate escalation(Deadline due) {
        return workingDays.deadline(due.due(), ESCALATION_WORKING_DAYS).due();
    }

    private static String column(Box box) {
        return box == Box.INCOMING ? "addressee_code" : "sender_code";
    }

    /** A message from before outcomes were kept has none until {@code LegacyMessageBodies} seals its text as its note. */
    private static FeedbackOutcome outcome(String stored, String kind, String origin) {
        if (stored != null) {
            return FeedbackOutcome.valueOf(stored);
        }
        return MessageKind.FEEDBACK.name().equals(kind) && Origin.USER.name().equals(origin) ? FeedbackOutcome.OTHER : null;
    }

    private static GongguanUser user(Set<Role> roles) {
        return CurrentUser.inRole(roles, "use the exchange");
    }

    static Message message(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        Date escalateOn = rs.getDate("escalate_on");
        String idNumber = rs.getString("id_number");
        return new Message(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                Origin.valueOf(rs.getString("origin")), (Long) rs.getObject("thread_id", Long.class),
                rs.getString("sender_code"), rs.getString("addressee_code"), rs.getString("person_name"),
                idNumber == null ? null : new IdNumber(idNumber), outcome(rs.getString("outcome"), rs.getString("kind"),
                        rs.getString("origin")),
                enumOf(Urgency.class, rs.getString("urgency")),
                enumOf(VerificationTopic.class, rs.getString("topic")), rs.getString("title"),
                rs.getString("notice_text"), rs.getBytes("note_sealed") != null, rs.getString("sent_by"),
                instant(rs.getTimestamp("sent_at")),
                due == null ? null : new Deadline(due.toLocalDate(), rs.getBoolean("due_provisional")),
                escalateOn == null ? null : escalateOn.toLocalDate(), instant(rs.getTimestamp("answered_at")),
                rs.getString("answered_by"), rs.getString("result"), rs.getBytes("answer_sealed") != null,
                rs.getString("answer"), instant(rs.getTimestamp("read_at")), rs.getString("read_by"),
                instant(rs.getTimestamp("closed_at")), rs.getString("closed_by"), rs.getString("national_number"),
                enumOf(OutboxState.class, rs.getString("outbox_state")),
                (Integer) rs.getObject("outbox_batch", Integer.class));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
