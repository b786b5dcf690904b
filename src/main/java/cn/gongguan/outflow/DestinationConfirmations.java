package cn.gongguan.outflow;

import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.exchange.PersonsMet;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the person index finds this township's outflow person recorded by another township, the destination has
 * confirmed them: the open trip gets that confirmation (which place, when), and a destination nobody knew (去向不明)
 * is filled in with that place's township, the change kept in the trip's history under the person index's name.
 * Applied after the commit that opened the task, in this township's own transaction with this township bound (the
 * other township's user is the one who saved); what a crash left unapplied is caught up soon after the next start
 * and daily. Each task is applied once ({@code outflow_confirmation} keys it).
 */
@Service
public class DestinationConfirmations {

    /**
     * A confirmation of a trip: which place recorded the person, when, and whether it filled in the destination.
     */
    public record Confirmation(long tripId, long messageId, String place, Instant confirmedAt, boolean filledIn) {
    }

    private static final Logger log = LoggerFactory.getLogger(DestinationConfirmations.class);
    /** How far back the catch-up looks: a crash loses at most the tasks of its last moments. */
    private static final Duration CATCH_UP = Duration.ofDays(30);

    private final OutflowTripRepository trips;
    private final PersonIndex index;
    private final History history;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    DestinationConfirmations(OutflowTripRepository trips, PersonIndex index, History history, AuditTrail audit,
                             JdbcClient jdbc, TenantRegistry tenants, Clock clock,
                             PlatformTransactionManager transactionManager) {
        this.trips = trips;
        this.index = index;
        this.history = history;
        this.audit = audit;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** After the commit that opened the tasks: each applied in its sender's own transaction, that tenant bound. */
    @TransactionalEventListener
    void met(PersonsMet met) {
        for (PersonsMet.Meeting meeting : met.meetings()) {
            try {
                TenantContext.runAs(TenantCode.of(meeting.sender()), () -> apply(meeting));
            } catch (RuntimeException e) {
                log.error("Confirmation of task {} in {} failed; the catch-up applies it", meeting.messageId(),
                        meeting.sender(), e);
            }
        }
    }

    /** Soon after the start, then daily: the tasks a crash left unapplied, in each township. */
    @Scheduled(initialDelayString = "${gongguan.index.catch-up-delay:PT1M}", fixedDelayString = "P1D")
    void catchUp() {
        Instant since = clock.instant().minus(CATCH_UP);
        int applied = 0;
        for (TenantCode township : townships()) {
            try {
                applied += TenantContext.callAs(township, () -> catchUp(since));
            } catch (RuntimeException e) {
                log.error("Catch-up of the destination confirmations of {} failed; the others go on", township, e);
            }
        }
        if (applied > 0) {
            log.warn("Applied {} destination confirmations missed earlier", applied);
        }
    }

    /** The bound township's tasks since the instant not applied yet, applied now; how many. */
    int catchUp(Instant since) {
        List<PersonsMet.Meeting> pending = ownTransaction.execute(status -> index.meetingsSent(since).stream()
                .filter(meeting -> !applied(meeting.messageId())).toList());
        pending.forEach(this::apply);
        return pending.size();
    }

    /** The confirmations of a person's trips, oldest first (in the caller's transaction). */
    List<Confirmation> ofPerson(long personId) {
        return jdbc.sql("""
                        select c.trip_id, c.message_id, c.place_code, c.confirmed_at, c.filled_in
                        from outflow_confirmation c join outflow_trip t on t.id = c.trip_id
                        where t.person_id = ? order by c.confirmed_at, c.message_id""")
                .param(personId)
                .query((rs, row) -> new Confirmation(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
                .list();
    }

    private void apply(PersonsMet.Meeting meeting) {
        ownTransaction.executeWithoutResult(status -> {
            if (applied(meeting.messageId())) {
                return;
            }
            Instant now = clock.instant();
            Optional<OutflowTrip> open = trips.findByPersonIdNumberAndReturnDayIsNull(meeting.idNumber().value());
            String township = township(meeting.addressee());
            // a residents' committee of this very township is no destination to fill in
            boolean filledIn = open.filter(trip -> trip.getDestination() == null).isPresent()
                    && !township.equals(TenantContext.current().value());
            open.ifPresent(trip -> {
                if (filledIn) {
                    Map<String, String> before = trip.snapshot();
                    long version = trip.getVersion();
                    trip.destinationFound(township, PersonIndex.ACTOR, now);
                    trips.flush();
                    history.keep(OutflowTrips.subject(trip), version, Change.between(before, trip.snapshot()),
                            PersonIndex.ACTOR, now);
                }
                audit.record(TenantContext.current(), PersonIndex.ACTOR, AuditAction.PERSONS_MET,
                        OutflowTrips.subject(trip), "confirmed by " + meeting.addressee()
                                + (filledIn ? ", destination filled in" : ""), null);
            });
            jdbc.sql("""
                            insert into outflow_confirmation (message_id, trip_id, place_code, confirmed_at, filled_in,
                                                              applied_at)
                            values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(meeting.messageId(), open.map(OutflowTrip::getId).orElse(null), meeting.addressee(),
                            Timestamp.from(meeting.at()), filledIn, Timestamp.from(now))
                    .update();
        });
    }

    private boolean applied(long messageId) {
        return jdbc.sql("select exists (select 1 from outflow_confirmation where message_id = ?)")
                .param(messageId).query(Boolean.class).single();
    }

    /** The township a place is in: itself, or a residents' committee's parent. */
    private static String township(String place) {
        TenantCode code = TenantCode.of(place);
        return code.kind() == TenantKind.COMMITTEE ? code.parent().orElseThrow().value() : code.value();
    }

    private List<TenantCode> townships() {
        return tenants.roots().stream()
                .flatMap(root -> tenants.subtree(root.code()).stream())
                .filter(tenant -> tenant.kind() == TenantKind.TOWNSHIP && tenant.isReady())
                .map(Tenant::code)
                .toList();
    }
}
