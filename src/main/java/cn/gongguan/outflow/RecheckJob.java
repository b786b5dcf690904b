package cn.gongguan.outflow;

import cn.gongguan.platform.ClusterLock;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the current month's re-check lists in every township, once per cluster: daily shortly after midnight in the
 * county, and at start-up, so that a month missed while the application was down is made at the next start. Only the
 * current month is made then, not the months missed before it: a list is of who is away now, and an old month's
 * would be late in every unit the day it appeared. Each township is bound explicitly for its own transaction; one
 * that fails is logged and the others go on (the next run tries it again).
 * <p>
 * Once per cluster through a PostgreSQL advisory lock held on a platform connection for the run (like the re-seal
 * and the reconciliation), rather than ShedLock: no table or library more, and the lock is released by the database
 * when the replica holding it dies. A replica that finds it taken does nothing; the one holding it does the work, and
 * the month's marker makes any later run a no-op.
 */
@Component
class RecheckJob {

    /** What a run did. */
    enum Outcome {
        /** Every township was seen to (a failed one is logged). */
        RAN,
        /** Another replica is running it. */
        BUSY
    }

    private static final Logger log = LoggerFactory.getLogger(RecheckJob.class);
    /** Key of the advisory lock that lets one replica at a time make the lists ("ggn_rck"). */
    private static final long LOCK_KEY = 0x67676e5f72636bL;

    private final ClusterLock lock;
    private final TenantRegistry tenants;
    private final RecheckGeneration generation;
    private final Today today;

    RecheckJob(ClusterLock lock, TenantRegistry tenants, RecheckGeneration generation, Today today) {
        this.lock = lock;
        this.tenants = tenants;
        this.generation = generation;
        this.today = today;
    }

    /** After the start-up runners (tenants reconciled, demo seeded): the catch-up of a month missed while down. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        try {
            run();
        } catch (RuntimeException e) {
            log.error("The monthly re-check lists could not be made at start-up; the daily run tries again", e);
        }
    }

    /** Shortly after midnight in the county (CountyTime.ZONE): on the 1st it makes the month's lists. */
    @Scheduled(cron = "${gongguan.recheck.cron:0 5 0 * * *}", zone = CountyTime.ZONE_NAME)
    void daily() {
        run();
    }

    /** Makes the current month's lists in every ready township, unless another replica is at it. */
    Outcome run() {
        return underLock(() -> {
            YearMonth month = today.month();
            int made = 0;
            for (TenantCode township : townships()) {
                try {
                    if (TenantContext.callAs(township, () -> generation.generate(month))) {
                        made++;
                    }
                } catch (RuntimeException e) {
                    log.error("Re-check lists of {} for {} failed; the other townships go on", township, month, e);
                }
            }
            log.info("Re-check lists for {}: made in {} townships", month, made);
            return Outcome.RAN;
        });
    }

    private List<TenantCode> townships() {
        return tenants.roots().stream()
                .flatMap(root -> tenants.subtree(root.code()).stream())
                .filter(tenant -> tenant.kind() == TenantKind.TOWNSHIP && tenant.isReady())
                .map(Tenant::code)
                .toList();
    }

    /** Runs the work holding the cluster-wide lock, or returns {@link Outcome#BUSY} when another replica holds it. */
    Outcome underLock(Supplier<Outcome> work) {
        return lock.tryRun(LOCK_KEY, work).orElse(Outcome.BUSY);
    }

}
