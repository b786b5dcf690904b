package cn.gongguan.governance;

import cn.gongguan.platform.ClusterLock;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Texts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Department;
import cn.gongguan.security.TownshipWork;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The township takes in what liaisons recorded at its locations: with the township bound and as its own work, named
 * after the liaison, it opens the sealed persons and houses and records them as a finding through the same code as
 * its own team's ({@link FindingRecorder}: registry, follow-ups, housing, counts), then marks the liaison's row taken
 * and erases what it said. A person the registry refuses (the name differs from its record) is left out and kept for
 * the township to register by hand instead of holding up the rest. Each liaison finding is taken in once: the
 * township's table keys it. Run right after the liaison's commit, and every 30 s on one replica for what that missed.
 */
@Service
public class FindingIntake {

    private static final Logger log = LoggerFactory.getLogger(FindingIntake.class);
    private static final long LOCK_KEY = 0x67676e5f6f7073L;
    /** Who the audit trail names for the township's intake of liaisons' findings. */
    static final String ACTOR = "finding-intake";
    private static final Pattern PERSON_FIELD = Pattern.compile("persons\\[(\\d+)]\\..*");

    /** A liaison's finding waiting for its township. */
    private record Waiting(long id, String recordedBy) {
    }

    private final OperationRows rows;
    private final KeyLocations keyLocations;
    private final FindingRecorder recorder;
    private final FindingPayload payload;
    private final TenantRegistry tenants;
    private final ClusterLock lock;
    private final JdbcClient jdbc;
    private final Today today;
    private final I18NProvider translations;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final boolean scheduled;

    FindingIntake(OperationRows rows, KeyLocations keyLocations, FindingRecorder recorder, FindingPayload payload,
                  TenantRegistry tenants, ClusterLock lock, JdbcClient jdbc, Today today, I18NProvider translations,
                  AuditTrail audit, PlatformTransactionManager transactionManager,
                  @Value("${gongguan.operations.intake.scheduled:true}") boolean scheduled) {
        this.rows = rows;
        this.keyLocations = keyLocations;
        this.recorder = recorder;
        this.payload = payload;
        this.tenants = tenants;
        this.lock = lock;
        this.jdbc = jdbc;
        this.today = today;
        this.translations = translations;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.scheduled = scheduled;
    }

    /** Right after the liaison's transaction committed: its township takes in what waits for it. */
    @TransactionalEventListener
    void recorded(LiaisonFindings.Recorded recorded) {
        try {
            take(TenantCode.of(recorded.township()));
        } catch (RuntimeException e) {
            log.error("Taking in the liaison findings of {} failed; the schedule tries again", recorded.township(), e);
        }
    }

    /** Every 30 s, on one replica: the townships with liaison findings waiting take them in. */
    @Scheduled(initialDelayString = "${gongguan.operations.intake.delay:PT30S}",
            fixedDelayString = "${gongguan.operations.intake.every:PT30S}")
    void takeWaiting() {
        if (scheduled) {
            lock.tryRun(LOCK_KEY, this::takeAll);
        }
    }

    /** Every township with liaison findings waiting takes them in; how many were taken. */
    int takeAll() {
        int taken = 0;
        for (TenantCode township : waitingTownships()) {
            try {
                taken += take(township);
            } catch (RuntimeException e) {
                log.error("Taking in the liaison findings of {} failed; the others go on", township, e);
            }
        }
        return taken;
    }

    /** The township takes in the liaison findings waiting for it; how many it took. */
    public int take(TenantCode township) {
        List<Waiting> waiting = TenantContext.callAs(township, () -> ownTransaction.execute(status -> jdbc.sql("""
                        select id, recorded_by from platform.liaison_finding
                        where township_code = ? and taken_at is null and taken_problem is null order by id""")
                .param(township.value()).query((rs, row) -> new Waiting(rs.getLong(1), rs.getString(2))).list()));
        int taken = 0;
        for (Waiting finding : waiting) {
            taken += take(township, finding) ? 1 : 0;
        }
        return taken;
    }

    /**
     * Takes the liaison's finding in again after the township saw why it could not be: clears the problem and tries
     * once more; whether it was taken in now (if not, the new problem is on the row again).
     */
    boolean retry(TenantCode township, long id) {
        Optional<Waiting> failed = TenantContext.callAs(township, () -> ownTransaction.execute(status -> jdbc.sql("""
                        update platform.liaison_finding set taken_problem = null
                        where id = ? and township_code = ? and taken_at is null and taken_problem is not null
                        returning id, recorded_by""")
                .params(id, township.value()).query((rs, row) -> new Waiting(rs.getLong(1), rs.getString(2)))
                .optional()));
        return failed.isPresent() && take(township, failed.get());
    }

    /**
     * Takes one finding in, as often as it takes to leave out the persons the registry refuses, each try in a
     * transaction of its own; whether it was taken in now. A refusal of anything else (the operation closed
     * meanwhile), or a failure (a key location gone, a payload that does not open), is kept on the liaison's row with
     * a short reason, audited, and the finding waits no more: the township's task page lists it to retry or discard.
     * Two findings registering the same person at once is no problem: the next round takes the later one in.
     */
    private boolean take(TenantCode township, Waiting finding) {
        List<FindingRecorder.Problem> problems = new ArrayList<>();
        while (true) {
            try {
                return TownshipWork.callAs(township, finding.recordedBy(),
                        () -> ownTransaction.execute(status -> takeIn(township, finding.id(), problems)));
            } catch (StaleEditException meanwhile) {
                log.info("The liaison finding {} of {} met a change made meanwhile; the next round takes it in",
                        finding.id(), township);
                return false;
            } catch (InvalidInputException refused) {
                Optional<FindingRecorder.Problem> problem;
                try {
                    problem = personOf(refused, township, finding.id());
                } catch (RuntimeException failure) {
                    log.error("Reading the liaison finding {} of {} again failed", finding.id(), township, failure);
                    failed(township, finding, "failed: " + failure.getClass().getSimpleName());
                    return false;
                }
                if (problem.isEmpty() || problems.contains(problem.get())) {
                    log.warn("The liaison finding {} of {} could not be taken in: {} at {}", finding.id(), township,
                            refused.messageKey(), refused.field());
                    failed(township, finding, refused.messageKey());
                    return false;
                }
                problems.add(problem.get());
            } catch (RuntimeException failure) {
                // the class names what went wrong without repeating a message that may quote what the finding says
                log.error("Taking in the liaison finding {} of {} failed; it waits for the township", finding.id(),
                        township, failure);
                failed(township, finding, "failed: " + failure.getClass().getSimpleName());
                return false;
            }
        }
    }

    /** Keeps why the finding could not be taken in on the liaison's row, in a transaction of its own, audited. */
    private void failed(TenantCode township, Waiting finding, String reason) {
        String problem = OperationLimits.TAKEN_PROBLEM.check(reason.length() > 500 ? reason.substring(0, 500) : reason);
        TenantContext.runAs(township, () -> ownTransaction.executeWithoutResult(status -> {
            jdbc.sql("update platform.liaison_finding set taken_problem = ? where id = ? and taken_at is null")
                    .params(problem, finding.id()).update();
            audit.record(township, ACTOR, AuditAction.LIAISON_FINDING_FAILED, "liaison-finding:" + finding.id(),
                    problem, null);
        }));
    }

    /** In the township's transaction: records the finding unless it was taken in already; whether it was now. */
    private boolean takeIn(TenantCode township, long id, List<FindingRecorder.Problem> problems) {
        Optional<Taken> row = jdbc.sql("""
                        select location_id, department, recorded_by, recorded_by_name, found_on, persons_checked,
                               note, payload_sealed
                        from platform.liaison_finding where id = ? and taken_at is null for update""")
                .param(id)
                .query((rs, n) -> new Taken(rs.getLong(1), Department.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getString(7),
                        rs.getBytes(8)))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        Taken taken = row.get();
        boolean already = jdbc.sql("select exists (select 1 from operation_finding where liaison_finding_id = ?)")
                .param(id).query(Boolean.class).single();
        if (!already) {
            FindingPayload.Content content = payload.open(township.value(), id, taken.sealed());
            OperationLocation location = rows.location(taken.locationId()).orElseThrow();
            OperationTask task = rows.task(location.taskId()).orElseThrow();
            KeyLocation place = keyLocations.find(location.locationId()).orElseThrow();
            FindingInput input = new FindingInput(location.id(), taken.foundOn(), taken.personsChecked(),
                    content.persons(), content.houses(), taken.note());
            FindingRecorder.Recorder by = new FindingRecorder.Recorder(taken.recordedBy(), FindingSource.LIAISON,
                    taken.department(), taken.recordedByName(), id);
            OperationGuards.refusingClosed("foundOn", () -> recorder.record(task, location, place, input, by,
                    problems, today.date(), chinese()));
        }
        jdbc.sql("""
                        update platform.liaison_finding set taken_at = now(), payload_sealed = null, taken_problem = ?
                        where id = ?""")
                .params(problems.isEmpty() ? null : OperationLimits.TAKEN_PROBLEM.check(
                        "persons to register by hand: " + problems.size()), id)
                .update();
        return !already;
    }

    /** The refused person, when the refusal is at a person of the finding. */
    private Optional<FindingRecorder.Problem> personOf(InvalidInputException refused, TenantCode township, long id) {
        Matcher field = PERSON_FIELD.matcher(refused.field() == null ? "" : refused.field());
        if (!field.matches()) {
            return Optional.empty();
        }
        int index = Integer.parseInt(field.group(1));
        FindingPayload.Content content = TenantContext.callAs(township, () -> ownTransaction.execute(status ->
                payload.open(township.value(), id, jdbc.sql("select payload_sealed from platform.liaison_finding"
                        + " where id = ?").param(id).query(byte[].class).single())));
        return index < content.persons().size()
                ? Optional.of(new FindingRecorder.Problem(content.persons().get(index), refused.messageKey()))
                : Optional.empty();
    }

    /** A follow-up's plan written by the township's own work is in the county's language. */
    private Texts chinese() {
        return (key, arguments) -> translations.getTranslation(key, Locale.SIMPLIFIED_CHINESE, arguments);
    }

    /** The townships whose liaison findings wait, as each county sees its own. */
    private List<TenantCode> waitingTownships() {
        List<TenantCode> townships = new ArrayList<>();
        for (Tenant county : tenants.roots()) {
            if (county.kind() != TenantKind.COUNTY || !county.isReady()) {
                continue;
            }
            townships.addAll(TenantContext.callAs(county.code(), () -> ownTransaction.execute(status -> jdbc.sql("""
                            select distinct township_code from platform.liaison_finding
                            where taken_at is null and taken_problem is null""")
                    .query(String.class).list())).stream().map(TenantCode::of).toList());
        }
        return townships;
    }

    private record Taken(long locationId, Department department, String recordedBy, String recordedByName,
                         LocalDate foundOn, int personsChecked, String note, byte[] sealed) {
    }
}
