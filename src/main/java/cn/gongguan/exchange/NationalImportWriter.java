package cn.gongguan.exchange;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.workbook.WorkbookImport.Outcome;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a chunk of an imported national file in one transaction, as the unit's own database role: requests from a
 * place outside become inbox items (the row policy lets a unit insert only requests addressed to itself from a place
 * that is not a tenant), replies are recorded on the unit's own messages once (the trigger lets the sender do that
 * only for an addressee outside this system), receipts acknowledge what the unit exported.
 */
@Service
class NationalImportWriter {

    /** Who sent a request that came through the platform, as {@code sent_by} records it. */
    static final String PLATFORM = "national-platform";

    private final JdbcClient jdbc;
    private final MessageNotes notes;
    private final WorkingDays workingDays;
    private final TimeLimits timeLimits;
    private final Exchange exchange;
    private final Places places;

    NationalImportWriter(JdbcClient jdbc, MessageNotes notes, WorkingDays workingDays, TimeLimits timeLimits,
                         Exchange exchange, Places places) {
        this.jdbc = jdbc;
        this.timeLimits = timeLimits;
        this.notes = notes;
        this.workingDays = workingDays;
        this.exchange = exchange;
        this.places = places;
    }

    /** A message a reply or receipt names, with whether its thread is closed and its recorded answer's text. */
    record Found(Message message, boolean threadClosed, String answerText) {
    }

    /** The platform numbers among these that the unit imported already. */
    @Transactional(readOnly = true)
    Set<String> knownNumbers(Collection<String> numbers) {
        return new HashSet<>(jdbc.sql("""
                select national_number from platform.exchange_message
                where addressee_code = ? and origin = 'NATIONAL' and national_number = any(?)""")
                .params(tenant(), numbers.toArray(String[]::new)).query(String.class).list());
    }

    /**
     * The unit's messages among these ids (as sender or addressee). The recorded answer is opened only to be compared
     * with a reply imported again; it is shown to nobody.
     */
    @Transactional(readOnly = true)
    Map<Long, Found> messages(Collection<Long> ids) {
        Map<Long, Found> found = new HashMap<>();
        jdbc.sql("""
                select m.*, coalesce(r.closed_at, m.closed_at) is not null as thread_closed
                from platform.exchange_message m left join platform.exchange_message r on r.id = m.thread_id
                where m.id = any(?) and ? in (m.sender_code, m.addressee_code)""")
                .params(ids.toArray(Long[]::new), tenant())
                .query((rs, row) -> {
                    Message message = Exchange.message(rs, row);
                    byte[] answer = rs.getBytes("answer_sealed");
                    return new Found(message, rs.getBoolean("thread_closed"), answer == null ? null
                            : notes.openAnswer(message.id(), message.sender(), message.addressee(), answer));
                })
                .list().forEach(f -> found.put(f.message().id(), f));
        return found;
    }

    /** Writes the rows, all or none; returns what each did, in order. */
    @Transactional
    List<Outcome> write(List<NationalRow> rows) {
        return rows.stream().map(this::write).toList();
    }

    private Outcome write(NationalRow row) {
        return switch (row.category) {
            case VERIFICATION, FEEDBACK -> request(row);
            case REPLY -> reply(row);
            case RECEIPT -> jdbc.sql("""
                    update platform.exchange_message set outbox_state = 'ACKNOWLEDGED'
                    where id = ? and outbox_state = 'EXPORTED'""")
                    .param(row.message.id()).update() == 1 ? Outcome.UPDATED : Outcome.UNCHANGED;
            case NOTICE -> throw new IllegalStateException("A bulletin is refused when its category is read");
        };
    }

    /** A request from a place outside, addressed to this unit: an inbox item due by its kind's rules. */
    private Outcome request(NationalRow row) {
        String me = tenant();
        MessageKind kind = row.category.kind();
        Deadline due = due(kind, row.urgency, row.sentOn);
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('platform.exchange_message', 'id'))")
                .query(Long.class).single();
        int added = jdbc.sql("""
                insert into platform.exchange_message
                    (id, kind, origin, sender_code, addressee_code, person_name, id_number, outcome, urgency, topic,
                     note_sealed, sent_by, sent_at, due_on, due_provisional, escalate_on, national_number)
                overriding system value values (?, ?, 'NATIONAL', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (addressee_code, national_number) where origin = 'NATIONAL' do nothing""")
                .params(id, kind.name(), row.senderCode, me, row.personName, row.idNumber.value(), name(row.outcome),
                        name(row.urgency), name(row.topic),
                        row.content.isEmpty() ? null : notes.seal(id, row.senderCode, me, row.content), PLATFORM,
                        Timestamp.from(row.sentOn.atStartOfDay(CountyTime.ZONE).toInstant()),
                        Date.valueOf(due.due()), due.provisional(), Date.valueOf(exchange.escalation(due)),
                        row.platformNumber)
                .update();
        return added == 1 ? Outcome.ADDED : Outcome.UNCHANGED;
    }

    /** The reply of the place outside to the unit's own message: recorded once, and the message acknowledged. */
    private Outcome reply(NationalRow row) {
        Message message = row.message;
        String answeredBy = places.name(message.addressee());
        int recorded = jdbc.sql("""
                update platform.exchange_message set answered_at = ?, answered_by = ?, result = ?, answer_sealed = ?,
                    outbox_state = 'ACKNOWLEDGED'
                where id = ? and sender_code = ? and answered_at is null""")
                .params(Timestamp.from(row.answeredOn.atStartOfDay(CountyTime.ZONE).toInstant()),
                        answeredBy.length() > MessageLimits.ANSWERED_BY.maxLength()
                                ? answeredBy.substring(0, MessageLimits.ANSWERED_BY.maxLength()) : answeredBy,
                        row.result, row.answer.isEmpty() ? null
                                : notes.sealAnswer(message.id(), message.sender(), message.addressee(), row.answer),
                        message.id(), tenant())
                .update();
        return recorded == 1 ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    /**
     * When a request that came in on {@code sentOn} is due: feedback within {@value Exchange#ANSWER_WORKING_DAYS}
     * working days on the official calendar, a verification request by its urgency.
     */
    Deadline due(MessageKind kind, Urgency urgency, LocalDate sentOn) {
        return kind == MessageKind.VERIFICATION ? timeLimits.due(urgency, sentOn)
                : workingDays.deadline(sentOn, Exchange.ANSWER_WORKING_DAYS);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String tenant() {
        return TenantContext.current().value();
    }
}
