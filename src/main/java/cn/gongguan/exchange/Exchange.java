package cn.gongguan.exchange;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
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
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
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
 * database itself keeps every other tenant's messages out of reach, and its trigger decides which side may change what.
 * Three kinds: feedback (反馈), answered within {@value #ANSWER_WORKING_DAYS} working days on the official calendar;
 * verification requests (协查), answered with a {@link VerificationResult} within the county's time limit of their
 * urgency ({@link TimeLimits}); notices (通报) to several units, read but never answered. A root message, its follow-up
 * questions and their answers form a thread its sender closes. What a message says in clear is its outcome, topic or
 * result; its note and its answer's text are sealed and opened only by the roles that open sealed information, for a
 * reason, audited. Each answer also recounts the answering tenant's on-time and late answers of the month on the
 * rollup path, and a message unanswered {@value #ESCALATION_WORKING_DAYS} working days after its due day reaches the
 * county, which sees who is late but not about whom.
 */
@Service
public class Exchange {

    /** The policy: information from another place is answered within five working days. */
    public static final int ANSWER_WORKING_DAYS = 5;
    /** Unanswered this many working days after its due day, a message is escalated to the county. */
    public static final int ESCALATION_WORKING_DAYS = 3;
    /** Division codes: a county has 6 digits, a township 9, a residents' committee (or village) 12. */
    private static final int COUNTY_CODE_LENGTH = 6;
    private static final int TOWNSHIP_CODE_LENGTH = 9;
    private static final int COMMITTEE_CODE_LENGTH = 12;
    /** Rollup indicators (per month of the answer, per answering tenant): answers on or before the due day, and after. */
    public static final String FEEDBACK_ON_TIME = "feedback_on_time";
    public static final String FEEDBACK_LATE = "feedback_late";
    public static final String VERIFICATION_ON_TIME = "verification_on_time";
    public static final String VERIFICATION_LATE = "verification_late";
    /** Feedback addressed to the tenant, unanswered and not closed past its due day, at a month's end (or today). */
    public static final String FEEDBACK_OVERDUE = "feedback_overdue";
    /** Who sends feedback and sees what was sent about a person they may open. */
    private static final Set<Role> SENDERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER,
            Role.GROUP_OFFICER, Role.COMMITTEE_CLERK);
    /**
     * Who reads and answers the unit's whole inbox, asks other places and follows its questions up: not an information
     * officer, who works on one village or group.
     */
    private static final Set<Role> READERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.COMMITTEE_CLERK);
    /**
     * The county's business roles: they send notices to the townships and committees and read the county's own
     * exchange (the notices it sent, with their receipts) and its escalations; they never answer anything.
     */
    private static final Set<Role> COUNTY = EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE);
    /** Who lists the unit's messages and opens a thread: the readers, and the county for its own exchange. */
    private static final Set<Role> VIEWERS = union(READERS, COUNTY);
    /** Who sends notices (通报): a township's staff, or the county. */
    private static final Set<Role> NOTIFIERS = union(EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF), COUNTY);
    /** An item still waiting for its answer. */
    private static final String OPEN = "(m.kind <> 'NOTICE' and m.answered_at is null and m.closed_at is null)";

    /** Which messages a list shows. */
    public enum Box { INCOMING, SENT }

    /**
     * What a list shows: a kind, a state on the given day, a range of due days (each null for any). A sent notice is
     * listed once, by its first row.
     */
    public record Filter(MessageKind kind, Message.State state, LocalDate dueFrom, LocalDate dueTo) {

        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A notice's receipts as its sender sees them: each addressee, and when and by whom it was read (or not yet). */
    public record Receipt(long id, String addressee, Instant readAt, String readBy) {
    }

    /** An item escalated to the county: who is late with what kind of message, never about whom or what it says. */
    public record Escalation(long id, MessageKind kind, Origin origin, String sender, String addressee, Instant sentAt,
                             LocalDate due, LocalDate escalateOn) {
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final TimeLimits timeLimits;
    private final MessageNotes notes;
    private final SensitiveReads sensitiveReads;
    private final AuditTrail audit;
    private final Rollups rollups;
    private final ExchangeFigures figures;
    private final Clock clock;
    private final Today today;
    private final Places places;

    Exchange(JdbcClient jdbc, WorkingDays workingDays, TimeLimits timeLimits, MessageNotes notes,
             SensitiveReads sensitiveReads, AuditTrail audit, Rollups rollups, ExchangeFigures figures, Clock clock,
             Today today, Places places) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.timeLimits = timeLimits;
        this.notes = notes;
        this.sensitiveReads = sensitiveReads;
        this.audit = audit;
        this.rollups = rollups;
        this.figures = figures;
        this.clock = clock;
        this.today = today;
        this.places = places;
    }

    /**
     * Sends a message about a person to a place, due {@value #ANSWER_WORKING_DAYS} working days from today, with its
     * outcome and a note (or none), which is sealed before it is stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long send(MessageKind kind, String addressee, String personName, IdNumber idNumber, FeedbackOutcome outcome,
                     String note) {
        String by = user(SENDERS).getUsername();
        Deadline due = workingDays.deadline(today.date(), ANSWER_WORKING_DAYS);
        return insert(new Question(kind, addressee, personName, idNumber, outcome, null, null, note, due, null), by);
    }

    /**
     * Asks another place (a tenant of this system or not, never oneself) to verify something about a person (协查):
     * due by the county's time limit of the urgency. The ID number is checked (GB 11643), the note sealed; a question
     * of topic {@link VerificationTopic#OTHER} says in the note what it is.
     */
    @Transactional
    public long ask(String addressee, String personName, String idNumber, VerificationTopic topic, Urgency urgency,
                    String note) {
        String by = user(READERS).getUsername();
        String place = Input.stripped(addressee);
        if (place == null) {
            throw new InvalidInputException("addressee", "validation.required");
        }
        if (place.equals(TenantContext.current().value())) {
            throw new InvalidInputException("addressee", "exchange.addressee.self");
        }
        if (!isTenant(place) && !places.isDivision(place)) {
            throw new InvalidInputException("addressee", "exchange.addressee.unknown");
        }
        if (place.length() != TOWNSHIP_CODE_LENGTH && place.length() != COMMITTEE_CODE_LENGTH) {
            // a county neither answers about a person nor should hold one's data: a township or committee does
            throw new InvalidInputException("addressee", "exchange.addressee.notUnit");
        }
        String name = MessageLimits.PERSON_NAME.check(personName);
        IdNumber number = IdNumber.parse(idNumber, today.date());
        if (topic == null) {
            throw new InvalidInputException("topic", "validation.required");
        }
        if (urgency == null) {
            throw new InvalidInputException("urgency", "validation.required");
        }
        String text = note(note, topic == VerificationTopic.OTHER);
        Deadline due = timeLimits.due(urgency, today.date());
        return insert(new Question(MessageKind.VERIFICATION, place, name, number, null, urgency, topic, text, due, null),
                by);
    }

    /**
     * Asks again in a thread this tenant opened and has not closed (追问): the same kind, person and addressee, due
     * afresh by the kind's rules; the question is its note, sealed.
     */
    @Transactional
    public long followUp(long rootId, String note) {
        String by = user(READERS).getUsername();
        Message root = sentRoot(rootId);
        if (root.isClosed()) {
            throw new InvalidInputException("note", "exchange.thread.closed", root.closedBy());
        }
        String text = note(note, true);
        Deadline due = root.kind() == MessageKind.VERIFICATION ? timeLimits.due(root.urgency(), today.date())
                : workingDays.deadline(today.date(), ANSWER_WORKING_DAYS);
        return insert(new Question(root.kind(), root.addressee(), root.personName(), root.idNumber(), root.outcome(),
                root.urgency(), root.topic(), text, due, root.id()), by);
    }

    /**
     * Asks the unit where a person lives to follow up their marriage-and-childbearing certificate (a verification of
     * topic {@link VerificationTopic#CERTIFICATE}, normal urgency, the note saying why) after another department found
     * none or an expired one — unless this county's question about the person to that unit is still open, so that a
     * person checked at several counters is followed up once. Sent by the certificate verification for whoever asked
     * ({@code by}: a department's user or API token), not by a user of the exchange; false when one was open. The
     * county stands as the sender but does not read it (platform-099): it names the person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean askToFollowUpCertificate(String addressee, String personName, IdNumber idNumber, String note,
                                            String by) {
        // the county does not read these requests (they name the person): the database tells it whether one is open
        boolean open = jdbc.sql("select platform.certificate_follow_up_open(?, ?)")
                .params(addressee, idNumber.value()).query(Boolean.class).single();
        if (open) {
            return false;
        }
        Deadline due = timeLimits.due(Urgency.NORMAL, today.date());
        insert(new Question(MessageKind.VERIFICATION, addressee, MessageLimits.PERSON_NAME.check(personName), idNumber,
                null, Urgency.NORMAL, VerificationTopic.CERTIFICATE, note, due, null), by);
        return true;
    }

    /**
     * Closes a thread this tenant opened: nothing more is asked or answered in it. A thread closed meanwhile is
     * refused as a stale edit naming who closed it.
     */
    @Transactional
    public void close(long rootId) {
        String by = user(READERS).getUsername();
        Message root = sentRoot(rootId);
        if (root.isClosed()) {
            throw new StaleEditException(root.closedBy(), root.closedAt());
        }
        // the follow-ups close with their root, so that none of them is still escalated (platform-052)
        jdbc.sql("""
                update platform.exchange_message set closed_at = ?, closed_by = ?,
                    -- a question to a place outside closed before it left is withdrawn from the outbox
                    outbox_state = case when outbox_state = 'WAITING' then null else outbox_state end
                where (id = ? or thread_id = ?) and sender_code = ? and closed_at is null""")
                .params(Timestamp.from(clock.instant()), by, rootId, rootId, TenantContext.current().value())
                .update();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_CLOSED, "message:" + rootId, null, null);
    }

    /** Records that a list was exported to Excel as shown: which box, which filter, how many messages (audited). */
    @Transactional
    public void exported(Box box, Filter filter, int messages) {
        String by = user(VIEWERS).getUsername();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGES_EXPORTED, "exchange:" + box.name().toLowerCase(),
                messages + " messages; " + filter, null);
    }

    /**
     * Sends a notice (通报) to several tenants — a township's or the county's, never itself — one row each; the rows
     * after the first name it as their thread, so the sender sees the receipts together.
     */
    @Transactional
    public long notify(Collection<String> addressees, String title, String text) {
        String by = user(NOTIFIERS).getUsername();
        String sender = TenantContext.current().value();
        List<String> to = addressees == null ? List.of() : addressees.stream().filter(code -> !code.equals(sender))
                .distinct().sorted().toList();
        if (to.isEmpty()) {
            throw new InvalidInputException("addressees", "exchange.notice.noUnits");
        }
        String county = sender.substring(0, COUNTY_CODE_LENGTH);
        if (!to.stream().allMatch(code -> isTenant(code) && code.startsWith(county))) {
            throw new InvalidInputException("addressees", "exchange.addressee.unknown");
        }
        String checkedTitle = MessageLimits.TITLE.check(title);
        String checkedText = MessageLimits.NOTICE_TEXT.check(text);
        Long first = null;
        for (String addressee : to) {
            long id = jdbc.sql("""
                    insert into platform.exchange_message (kind, sender_code, addressee_code, title, notice_text,
                                                           sent_by, thread_id)
                    values ('NOTICE', ?, ?, ?, ?, ?, ?) returning id""")
                    .params(sender, addressee, checkedTitle, checkedText, by, first)
                    .query(Long.class).single();
            first = first == null ? id : first;
        }
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_SENT, "message:" + first,
                "NOTICE → " + to.size(), null);
        return first;
    }

    /**
     * Sends a bulletin of regional cooperation (信息通报) to one partner place as a notice: to a tenant of this system
     * anywhere (partners are other regions, so not only this county's units), into its inbox; to a division outside
     * it, into this unit's national outbox, to leave with the next batch of the platform's file (category 通报). The
     * caller (the cooperation feature) decides who may send; the sender must be a county or a township.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long bulletin(String partner, String title, String text) {
        String by = user(NOTIFIERS).getUsername();
        String sender = TenantContext.current().value();
        if (partner == null || partner.equals(sender) || !isTenant(partner) && !places.isDivision(partner)) {
            throw new InvalidInputException("partner", "exchange.addressee.unknown");
        }
        String checkedTitle = MessageLimits.TITLE.check(title);
        String checkedText = MessageLimits.NOTICE_TEXT.check(text);
        long id = jdbc.sql("""
                insert into platform.exchange_message (kind, sender_code, addressee_code, title, notice_text, sent_by,
                                                       outbox_state)
                values ('NOTICE', ?, ?, ?, ?, ?, ?) returning id""")
                .params(sender, partner, checkedTitle, checkedText, by,
                        isTenant(partner) ? null : OutboxState.WAITING.name())
                .query(Long.class).single();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_SENT, "message:" + id, "NOTICE → " + partner,
                null);
        return id;
    }

    /** Marks an incoming notice read when its addressee opens it (once: the first reader stays). */
    @Transactional
    public void markRead(long id) {
        String by = user(VIEWERS).getUsername();
        int marked = jdbc.sql("""
                update platform.exchange_message set read_at = ?, read_by = ?
                where id = ? and addressee_code = ? and kind = 'NOTICE' and read_at is null""")
                .params(Timestamp.from(clock.instant()), by, id, TenantContext.current().value())
                .update();
        if (marked > 0) {
            audit.record(TenantContext.current(), by, AuditAction.NOTICE_READ, "message:" + id, null, null);
        }
    }

    /** The receipts of a notice this tenant sent, by addressee. */
    @Transactional(readOnly = true)
    public List<Receipt> receipts(long noticeId) {
        user(VIEWERS);
        return jdbc.sql("""
                select id, addressee_code, read_at, read_by from platform.exchange_message
                where (id = ? or thread_id = ?) and kind = 'NOTICE' and sender_code = ? order by addressee_code""")
                .params(noticeId, noticeId, TenantContext.current().value())
                .query((rs, row) -> new Receipt(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        rs.getString(4)))
                .list();
    }

    /** Every row of the thread a message belongs to that this tenant may see, in the order they were sent. */
    @Transactional(readOnly = true)
    public List<Message> thread(long id) {
        user(VIEWERS);
        Message message = find(id).orElseThrow(() -> new AccessDeniedException("No message " + id));
        return jdbc.sql("""
                select * from platform.exchange_message m where (m.id = ? or m.thread_id = ?)
                  and ? in (m.sender_code, m.addressee_code)
                order by m.sent_at, m.id""")
                .params(message.thread(), message.thread(), TenantContext.current().value())
                .query(Exchange::message).list();
    }

    /**
     * A page of the tenant's incoming or sent messages: questions still waiting by due day (so the overdue come first),
     * then notices not read yet, then the rest, newest first. Each part is read in its own index order up to the end
     * of the page (platform-055), so a township with tens of thousands of messages never sorts them all for a page.
     */
    @Transactional(readOnly = true)
    public List<Message> list(Box box, Filter filter, int offset, int limit) {
        user(VIEWERS);
        Where where = where(box, filter, today.date());
        String unread = "(m.kind = 'NOTICE' and m.read_at is null)";
        List<String> parts = new ArrayList<>(List.of(
                part(0, where, OPEN, "m.due_on, m.id"),
                part(2, where, "not " + OPEN + (box == Box.INCOMING ? " and not " + unread : ""),
                        "m.sent_at desc, m.id desc")));
        if (box == Box.INCOMING) {
            parts.add(1, part(1, where, unread, "m.sent_at desc, m.id desc"));
        }
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            params.addAll(where.params());
            params.add(offset + limit);
        }
        params.add(offset);
        params.add(limit);
        return jdbc.sql("select * from (" + String.join(" union all ", parts) + """
                ) m order by m.part, case when m.part = 0 then m.due_on end, case when m.part = 0 then m.id end,
                    m.sent_at desc, m.id desc offset ? limit ?""")
                .params(params).query(Exchange::message).list();
    }

    /** One part of a list: its rows in their order, as many as the page may need. */
    private static String part(int number, Where where, String condition, String order) {
        return "(select m.*, " + number + " as part from platform.exchange_message m where " + where.sql() + " and "
                + condition + " order by " + order + " limit ?)";
    }

    /** How many messages a list shows. */
    @Transactional(readOnly = true)
    public int count(Box box, Filter filter) {
        user(VIEWERS);
        Where where = where(box, filter, today.date());
        return jdbc.sql("select count(*) from platform.exchange_message m where " + where.sql())
                .params(where.params()).query(Integer.class).single();
    }

    /** Incoming items waiting for this unit: questions not answered yet and notices not read yet (the menu's count). */
    @Transactional(readOnly = true)
    public int countWaiting() {
        user(VIEWERS);
        return jdbc.sql("select count(*) from platform.exchange_message m where m.addressee_code = ? and ("
                        + OPEN + " or (m.kind = 'NOTICE' and m.read_at is null))")
                .param(TenantContext.current().value()).query(Integer.class).single();
    }

    /** Incoming messages not answered yet whose due day has passed. */
    @Transactional(readOnly = true)
    public int countOverdue() {
        user(VIEWERS);
        return jdbc.sql("select count(*) from platform.exchange_message m where m.addressee_code = ? and " + OPEN
                        + " and m.due_on < ?")
                .params(TenantContext.current().value(), Date.valueOf(today.date()))
                .query(Integer.class).single();
    }

    /** The unit's incoming items past their due day, oldest due first (for its administrator's home page). */
    @Transactional(readOnly = true)
    public List<Message> overdue(int limit) {
        user(READERS);
        return jdbc.sql("select * from platform.exchange_message m where m.addressee_code = ? and " + OPEN
                        + " and m.due_on < ? order by m.due_on, m.id limit ?")
                .params(TenantContext.current().value(), Date.valueOf(today.date()), limit)
                .query(Exchange::message).list();
    }

    /**
     * For the county: the items addressed to units of its tree that are unanswered {@value #ESCALATION_WORKING_DAYS}
     * working days after their due day — who is late with what kind of message, never about whom.
     */
    @Transactional(readOnly = true)
    public List<Escalation> escalations() {
        user(COUNTY);
        return jdbc.sql("select * from platform.exchange_escalations(?)")
                .param(Date.valueOf(today.date()))
                .query((rs, row) -> new Escalation(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")),
                        Origin.valueOf(rs.getString("origin")), rs.getString("sender_code"),
                        rs.getString("addressee_code"), instant(rs.getTimestamp("sent_at")),
                        rs.getDate("due_on").toLocalDate(), rs.getDate("escalate_on").toLocalDate()))
                .list();
    }

    /** Whether the logged-in user reads this unit's exchange (the menu shows its count only to them). */
    public static boolean mayRead() {
        return CurrentUser.find().map(user -> VIEWERS.contains(user.role())).orElse(false);
    }

    /** Whether the logged-in user asks other places and answers them. */
    public static boolean mayAnswer() {
        return CurrentUser.find().map(user -> READERS.contains(user.role())).orElse(false);
    }

    /** Whether the logged-in user sends notices. */
    public static boolean mayNotify() {
        return CurrentUser.find().map(user -> NOTIFIERS.contains(user.role())).orElse(false);
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
     * The incoming items about a person still waiting for this unit — questions not answered, notices not read —
     * due first (for the counter, where the person stands in front of the staff).
     */
    @Transactional(readOnly = true)
    public List<Message> waitingAbout(IdNumber idNumber) {
        user(READERS);
        return jdbc.sql("select * from platform.exchange_message m where m.addressee_code = ? and m.id_number = ? and ("
                        + OPEN + " or (m.kind = 'NOTICE' and m.read_at is null)) order by m.due_on nulls last, m.id")
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
        record Sealed(String sender, String addressee, byte[] note, String kind) {
        }
        Sealed sealed = jdbc.sql("""
                select sender_code, addressee_code, note_sealed, kind from platform.exchange_message
                where id = ? and ? in (sender_code, addressee_code)""")
                .params(id, tenant)
                .query((rs, row) -> new Sealed(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getString(4)))
                .optional().orElseThrow(() -> new AccessDeniedException("No message " + id));
        sensitiveReads.admit("message:" + id, sealed.kind() + "_NOTE", reason);
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

    /** Answers an incoming feedback with text only (see {@link #answer(long, Labelled, String)}). */
    @Transactional
    public void answer(long id, String answer) {
        answer(id, null, answer);
    }

    /**
     * Answers an incoming message: a verification request with a {@link VerificationResult}, a feedback task of the
     * person index with a {@link FeedbackOutcome} (either with a text, required for OTHER), any other feedback with a
     * text. A notice is not answered, nor anything in a closed thread. A message already answered keeps its first
     * answer, and a second one is refused as a stale edit naming who answered and when. The answering tenant's count of
     * on-time and late answers for the month is recounted in the same transaction.
     */
    @Transactional
    public void answer(long id, Labelled result, String answer) {
        String by = user(READERS).getUsername();
        Message asked = incoming(id).orElseThrow(() -> new AccessDeniedException("No incoming message " + id));
        if (!asked.kind().isAnswered()) {
            throw new InvalidInputException("answer", "exchange.notice.noAnswer");
        }
        if (asked.isAnswered()) {
            throw new StaleEditException(asked.answeredBy(), asked.answeredAt());
        }
        if (closed(asked)) {
            throw new InvalidInputException("answer", "exchange.thread.closed", closedBy(asked));
        }
        Class<? extends Labelled> resultType = resultType(asked);
        if (resultType != null && !resultType.isInstance(result)) {
            throw new InvalidInputException("result", "validation.required");
        }
        boolean other = result instanceof Enum<?> chosen && chosen.name().equals("OTHER");
        String text = answer == null ? null : Input.stripped(answer);
        if (text == null && (resultType == null || other)) {
            throw new InvalidInputException("answer", "exchange.answer.required");
        }
        if (text != null) {
            MessageLimits.ANSWER.check(text);
        }
        // an answer to a place outside this system waits in the outbox for the national platform's next file
        int answered = jdbc.sql("""
                update platform.exchange_message set answered_at = ?, answered_by = ?, result = ?, answer_sealed = ?,
                    outbox_state = ? where id = ? and addressee_code = ? and answered_at is null""")
                .params(Timestamp.from(clock.instant()), by, resultType == null ? null : ((Enum<?>) result).name(),
                        text == null ? null : notes.sealAnswer(id, asked.sender(), asked.addressee(), text),
                        isTenant(asked.sender()) ? null : OutboxState.WAITING.name(), id,
                        TenantContext.current().value())
                .update();
        if (answered == 0) {
            // someone answered meanwhile: theirs stays, and this user learns who and when, their text kept in the form
            Message first = incoming(id).orElseThrow(() -> new AccessDeniedException("No incoming message " + id));
            throw new StaleEditException(first.answeredBy(), first.answeredAt());
        }
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_ANSWERED, "message:" + id, null, null);
        recountAnswers(asked.kind());
    }

    /** An incoming message as it is now, e.g. to show the answer someone else gave meanwhile. */
    @Transactional(readOnly = true)
    public Optional<Message> incoming(long id) {
        user(VIEWERS);
        return jdbc.sql("select * from platform.exchange_message where id = ? and addressee_code = ?")
                .params(id, TenantContext.current().value())
                .query(Exchange::message).optional();
    }

    /** A message this tenant sent or received, as it is now. */
    @Transactional(readOnly = true)
    public Optional<Message> find(long id) {
        user(VIEWERS);
        return jdbc.sql("select * from platform.exchange_message where id = ? and ? in (sender_code, addressee_code)")
                .params(id, TenantContext.current().value())
                .query(Exchange::message).optional();
    }

    /** What an answer to the message must choose as its result: none for a feedback a person sent. */
    public static Class<? extends Labelled> resultType(Message message) {
        return switch (message.kind()) {
            case VERIFICATION -> VerificationResult.class;
            case FEEDBACK -> message.origin() == Origin.MATCH ? FeedbackOutcome.class : null;
            case NOTICE -> null;
        };
    }

    /** A question this tenant sent, written with its id drawn first: the sealed note is bound to it. */
    private record Question(MessageKind kind, String addressee, String personName, IdNumber idNumber,
                            FeedbackOutcome outcome, Urgency urgency, VerificationTopic topic, String note,
                            Deadline due, Long threadId) {
    }

    private long insert(Question question, String by) {
        String sender = TenantContext.current().value();
        LocalDate escalateOn = escalation(question.due());
        // the tenant may insert but never update a note, so the id it is bound to comes first
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('platform.exchange_message', 'id'))")
                .query(Long.class).single();
        jdbc.sql("""
                insert into platform.exchange_message
                    (id, kind, sender_code, addressee_code, person_name, id_number, outcome, urgency, topic,
                     note_sealed, sent_by, due_on, due_provisional, escalate_on, outbox_state, thread_id)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, question.kind().name(), sender, question.addressee(), question.personName(),
                        question.idNumber().value(), nameOf(question.outcome()), nameOf(question.urgency()),
                        nameOf(question.topic()),
                        question.note() == null ? null : notes.seal(id, sender, question.addressee(), question.note()),
                        by, Date.valueOf(question.due().due()),
                        question.due().provisional(), Date.valueOf(escalateOn),
                        isTenant(question.addressee()) ? null : OutboxState.WAITING.name(),
                        question.threadId())
                .update();
        audit.record(TenantContext.current(), by, AuditAction.MESSAGE_SENT, "message:" + id,
                question.kind().name() + " → " + question.addressee(), null);
        return id;
    }

    /**
     * Whether a code names a tenant of this system, asked of the database: inside a tenant's transaction the tenant
     * registry is out of the tenant role's reach, and the answer must agree with the row policies' own.
     */
    private boolean isTenant(String code) {
        return Boolean.TRUE.equals(jdbc.sql("select platform.is_tenant(?)").param(code).query(Boolean.class).single());
    }

    /** The root of a thread this tenant sent (a notice has no thread to follow up or close). */
    private Message sentRoot(long rootId) {
        return find(rootId).filter(m -> m.sender().equals(TenantContext.current().value()))
                .filter(m -> m.threadId() == null && m.kind().isAnswered())
                .orElseThrow(() -> new AccessDeniedException("No thread " + rootId + " sent by this unit"));
    }

    /** Whether the thread of an incoming message was closed (its root, which another row may be). */
    private boolean closed(Message message) {
        return message.isClosed() || message.threadId() != null && closedBy(message) != null;
    }

    private String closedBy(Message message) {
        if (message.isClosed()) {
            return message.closedBy();
        }
        return jdbc.sql("select closed_by from platform.exchange_message where id = ?")
                .param(message.thread()).query(String.class).optional().orElse(null);
    }

    /** The note of a question, sealed later: required where the question is nothing without it. */
    private static String note(String note, boolean required) {
        String text = Input.stripped(note);
        if (text == null && required) {
            throw new InvalidInputException("note", "exchange.note.required");
        }
        return text == null ? null : MessageLimits.ANSWER.checkAt("note", text);
    }

    /**
     * Recounts the answering tenant's answers of this kind in the month (county time) on or before their due day and
     * after it, on the rollup path, in the transaction of the answer.
     */
    void recountAnswers(MessageKind kind) {
        YearMonth month = today.month();
        ExchangeFigures.Answers counts = figures.answers(kind, month);
        boolean verification = kind == MessageKind.VERIFICATION;
        rollups.set(verification ? VERIFICATION_ON_TIME : FEEDBACK_ON_TIME, month.toString(), counts.onTime());
        rollups.set(verification ? VERIFICATION_LATE : FEEDBACK_LATE, month.toString(), counts.late());
    }

    /** The conditions of a list, with their parameters in order. */
    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Box box, Filter filter, LocalDate day) {
        StringBuilder sql = new StringBuilder(box == Box.INCOMING ? "m.addressee_code = ?" : "m.sender_code = ?");
        List<Object> params = new ArrayList<>(List.of(TenantContext.current().value()));
        if (box == Box.SENT) {
            sql.append(" and not (m.kind = 'NOTICE' and m.thread_id is not null)");
        }
        if (filter.kind() != null) {
            sql.append(" and m.kind = ?");
            params.add(filter.kind().name());
        }
        if (filter.dueFrom() != null) {
            sql.append(" and m.due_on >= ?");
            params.add(Date.valueOf(filter.dueFrom()));
        }
        if (filter.dueTo() != null) {
            sql.append(" and m.due_on <= ?");
            params.add(Date.valueOf(filter.dueTo()));
        }
        if (filter.state() != null) {
            String inSystem = OPEN + " and platform.is_tenant(m.addressee_code)";
            Date today = Date.valueOf(day);
            switch (filter.state()) {
                case ANSWERED -> sql.append(" and m.answered_at is not null");
                case CLOSED -> sql.append(" and m.answered_at is null and m.closed_at is not null");
                case VIA_NATIONAL -> sql.append(" and " + OPEN + " and not platform.is_tenant(m.addressee_code)");
                case ESCALATED -> {
                    sql.append(" and " + inSystem + " and m.escalate_on <= ?");
                    params.add(today);
                }
                case OVERDUE -> {
                    sql.append(" and " + inSystem + " and m.due_on < ? and m.escalate_on > ?");
                    params.add(today);
                    params.add(today);
                }
                case AWAITING -> {
                    sql.append(" and " + inSystem + " and m.due_on >= ?");
                    params.add(today);
                }
                case READ -> sql.append(" and m.kind = 'NOTICE' and m.read_at is not null");
                case UNREAD -> sql.append(" and m.kind = 'NOTICE' and m.read_at is null");
            }
        }
        return new Where(sql.toString(), params);
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    @SafeVarargs
    private static Set<Role> union(Set<Role>... sets) {
        EnumSet<Role> all = EnumSet.noneOf(Role.class);
        for (Set<Role> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** The day an unanswered message reaches the county: {@value #ESCALATION_WORKING_DAYS} working days after due. */
    LocalDate escalation(Deadline due) {
        return workingDays.deadline(due.due(), ESCALATION_WORKING_DAYS).due();
    }

    /** A message from before outcomes were kept has none until {@code LegacyMessageBodies} seals its text as its note. */
    private static FeedbackOutcome outcome(String stored, String kind, String origin, boolean root) {
        if (stored != null) {
            return FeedbackOutcome.valueOf(stored);
        }
        // a follow-up carries its root's outcome, which a task of the person index has not
        return root && MessageKind.FEEDBACK.name().equals(kind) && Origin.USER.name().equals(origin)
                ? FeedbackOutcome.OTHER : null;
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
                        rs.getString("origin"), rs.getObject("thread_id") == null),
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
