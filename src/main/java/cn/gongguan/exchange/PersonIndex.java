package cn.gongguan.exchange;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person index (DESIGN.md, cross-tenant path 3): records how the current tenant holds a person — under a keyed
 * hash of the ID number, never the number — in the same transaction as the change that made it so, through the
 * database function {@code platform.person_index_hold}, run as the tenant's own role. When that meets another
 * tenant's holding of the same person (an outflow here, an inflow there, in either order), the function opens the
 * feedback tasks: the inflow township owes the outflow township feedback within {@value Exchange#ANSWER_WORKING_DAYS}
 * working days, and an intra-county mover is managed by both. {@link PersonsMet} tells the outflow township after the
 * commit. A rollback of the change takes the index row and the tasks with it.
 */
@Service
public class PersonIndex {

    /** Who a task of the index was sent by: no person, the index. */
    public static final String ACTOR = "person-index";

    /** A person as the tenant holds them. */
    public record Entry(long personId, IdNumber idNumber, String name, Holding holding) {
    }

    private final JdbcClient jdbc;
    private final PersonIndexKey key;
    private final WorkingDays workingDays;
    private final Exchange exchange;
    private final Today today;
    private final Clock clock;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    /** The holdings of a {@link #batched} piece of work, by person: the last one of each counts. */
    private final ThreadLocal<Map<Long, Entry>> deferred = new ThreadLocal<>();

    PersonIndex(JdbcClient jdbc, PersonIndexKey key, WorkingDays workingDays, Exchange exchange, Today today,
                Clock clock, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.key = key;
        this.workingDays = workingDays;
        this.exchange = exchange;
        this.today = today;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /**
     * The index's keyed hash of an ID number under the current key, for the other path that asks the index about a
     * person without the number (certificate verification, DESIGN.md path 6).
     */
    public byte[] hashOf(IdNumber idNumber) {
        return key.hash(idNumber);
    }

    /** Records how the tenant holds the person now; a holding recorded already changes nothing and meets no one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold(long personId, IdNumber idNumber, String name, Holding holding) {
        holdAll(List.of(new Entry(personId, idNumber, name, holding)));
    }

    /**
     * Records many holdings in one statement (an import): the same as {@link #hold} for each, in one round trip to the
     * database instead of one per person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdAll(List<Entry> entries) {
        Map<Long, Entry> batch = deferred.get();
        if (batch != null) {
            entries.forEach(entry -> batch.put(entry.personId(), entry));
            return;
        }
        if (entries.isEmpty()) {
            return;
        }
        Deadline due = workingDays.deadline(today.date(), Exchange.ANSWER_WORKING_DAYS);
        int size = entries.size();
        long[] persons = new long[size];
        byte[][] hashes = new byte[size][];
        String[] holdings = new String[size];
        String[] names = new String[size];
        String[] idNumbers = new String[size];
        for (int at = 0; at < size; at++) {
            Entry entry = entries.get(at);
            persons[at] = entry.personId();
            hashes[at] = key.hash(entry.idNumber());
            holdings[at] = entry.holding().name();
            names[at] = entry.name();
            idNumbers[at] = entry.idNumber().value();
        }
        Map<Long, IdNumber> numbers = entries.stream()
                .collect(Collectors.toMap(Entry::personId, Entry::idNumber, (first, same) -> first));
        Instant now = clock.instant();
        List<PersonsMet.Meeting> meetings = jdbc.sql("""
                        select person_id, message_id, sender_code, addressee_code
                        from platform.person_index_hold_all(?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(persons, hashes, key.version(), holdings, names, idNumbers, Date.valueOf(due.due()),
                        due.provisional(), Date.valueOf(exchange.escalation(due)))
                .query((rs, row) -> new PersonsMet.Meeting(rs.getLong(2), rs.getString(3), rs.getString(4),
                        numbers.get(rs.getLong(1)), now))
                .list();
        if (meetings.isEmpty()) {
            return;
        }
        for (PersonsMet.Meeting meeting : meetings) {
            audit.record(TenantContext.current(), ACTOR, AuditAction.PERSONS_MET, "message:" + meeting.messageId(),
                    meeting.sender() + " → " + meeting.addressee(), null);
        }
        events.publishEvent(new PersonsMet(meetings));
    }

    /**
     * Runs work that records many holdings one by one (an import of trips, each registered, away and maybe back) and
     * records them at its end in one statement: each person's last holding only, as if the work had been one change —
     * so a trip that the same work opened and closed meets no one. Nothing is recorded when the work fails.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T batched(Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        Map<Long, Entry> batch = new LinkedHashMap<>();
        deferred.set(batch);
        T result;
        try {
            result = work.get();
        } finally {
            deferred.remove();
        }
        holdAll(List.copyOf(batch.values()));
        return result;
    }

    /**
     * The tasks the index opened from the bound tenant since the instant, oldest first: what a listener of
     * {@link PersonsMet} should have applied (a crash between the commit and the listener leaves some unapplied).
     */
    @Transactional(readOnly = true)
    public List<PersonsMet.Meeting> meetingsSent(Instant since) {
        return jdbc.sql("""
                        select id, sender_code, addressee_code, id_number, sent_at from platform.exchange_message
                        where sender_code = ? and origin = 'MATCH' and sent_at >= ? order by id""")
                .params(TenantContext.current().value(), Timestamp.from(since))
                .query((rs, row) -> new PersonsMet.Meeting(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new IdNumber(rs.getString(4)), rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The key version new rows are hashed under. */
    short keyVersion() {
        return key.version();
    }
}
