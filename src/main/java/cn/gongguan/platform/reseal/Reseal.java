package cn.gongguan.platform.reseal;

import cn.gongguan.platform.ClusterLock;
import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * After a key rotation, moves every sealed value to the current key in the background: each kind of sealed value
 * ({@link SealedValues}) in each tenant, and in the platform, in batches. The progress of each (key version, kind,
 * tenant) is kept in {@code platform.reseal_progress} after every batch, so a restart resumes where the re-seal
 * stopped. One replica at a time re-seals (a database advisory lock, released if the replica dies). When every value
 * is under the current key, the previous key version is retired and {@code GONGGUAN_CRYPTO_PREVIOUS_KEY} may go.
 * Other background passes over every tenant's rows (the person index after a change of its key) run on the same
 * machinery through {@link #pass}.
 */
@Service
public class Reseal {

    private static final Logger log = LoggerFactory.getLogger(Reseal.class);
    /** Key of the advisory lock that lets one replica at a time re-seal. */
    private static final long LOCK_KEY = 0x67676e5f72736cL;
    /** The scope of values kept in the platform schema. */
    public static final String PLATFORM = "";

    /** One kind of sealed value in one tenant, or in the platform ({@code tenant} null). */
    public record Unit(SealedValues kind, TenantCode tenant) {
        String scope() {
            return tenant == null ? PLATFORM : tenant.value();
        }
    }

    /** How far one unit has come towards a key version. */
    public record Progress(String kind, String scope, long resealed, Instant doneAt, String problem,
                           Instant updatedAt) {
        public boolean done() {
            return doneAt != null;
        }
    }

    /**
     * Where the keys stand: the current version, the previous one if still configured (and whether it is retired),
     * how many units a full re-seal has, and the progress of those begun.
     */
    public record Status(int currentVersion, OptionalInt previousVersion, boolean previousRetired, int units,
                         List<Progress> progress) {
        public long done() {
            return progress.stream().filter(Progress::done).count();
        }
    }

    /** How a run ended. */
    public enum Outcome {
        /** Every unit's values are under the current key. */
        COMPLETE,
        /** Stopped before the end (shutting down); the next run resumes. */
        STOPPED,
        /** A unit failed (see its problem); the others went on, the next run tries it again. */
        INCOMPLETE,
        /** Another replica is re-sealing. */
        BUSY
    }

    private final List<SealedValues> kinds;
    private final Sealer sealer;
    private final JdbcClient jdbc;
    private final ClusterLock lock;
    private final int batchSize;
    private volatile boolean stopping;

    Reseal(List<SealedValues> kinds, Sealer sealer, JdbcClient jdbc, ClusterLock lock,
           @Value("${gongguan.crypto.reseal-batch-size:200}") int batchSize) {
        this.kinds = kinds;
        this.sealer = sealer;
        this.jdbc = jdbc;
        this.lock = lock;
        this.batchSize = batchSize;
    }

    /**
     * While a previous key is configured, re-seals what is left; then, once a last pass over everything finds no value
     * left under an older key, retires the older versions. That pass catches values sealed meanwhile by replicas still
     * running with the old settings during a rolling upgrade.
     */
    @Scheduled(fixedDelayString = "${gongguan.crypto.reseal-interval:PT1M}",
            initialDelayString = "${gongguan.crypto.reseal-interval:PT1M}")
    void resealWhileRotating() {
        if (sealer.previousVersion().isEmpty() || previousRetired()) {
            return;
        }
        List<Unit> units = units();
        Outcome outcome = underLock(() -> {
            Outcome resealed = resealAll(sealer, units, batchSize, () -> !stopping);
            return resealed == Outcome.COMPLETE && !nothingLeft(units) ? Outcome.INCOMPLETE : resealed;
        });
        if (outcome == Outcome.COMPLETE) {
            jdbc.sql("update platform.crypto_key set retired_at = now() where version < ? and retired_at is null")
                    .param(sealer.currentVersion()).update();
            log.warn("Every sealed value is under key version {}: the previous key is retired and "
                    + "GONGGUAN_CRYPTO_PREVIOUS_KEY may be removed", sealer.currentVersion());
        }
    }

    /** Walks every unit once more from its start (re-sealing what it finds); whether it found nothing to re-seal. */
    private boolean nothingLeft(List<Unit> units) {
        long found = 0;
        for (Unit unit : units) {
            long after = 0;
            SealedValues.Batch batch;
            do {
                if (stopping) {
                    return false;
                }
                batch = batch(sealer, unit, after, batchSize);
                found += batch.resealed();
                after = batch.lastKey();
            } while (batch.rows() > 0);
        }
        if (found > 0) {
            log.warn("The last pass found {} values still under an older key; the next one checks again", found);
        }
        return found == 0;
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }

    /**
     * Re-seals the given units under {@code sealer}'s current key, resuming each where its progress stopped, in
     * batches of {@code batchSize}, while {@code keepGoing} says so (checked between batches). Each batch binds its
     * unit's tenant explicitly. Returns at once, doing nothing, when another replica is re-sealing.
     */
    public Outcome run(Sealer sealer, List<Unit> units, int batchSize, BooleanSupplier keepGoing) {
        return underLock(() -> resealAll(sealer, units, batchSize, keepGoing));
    }

    private Outcome resealAll(Sealer sealer, List<Unit> units, int batchSize, BooleanSupplier keepGoing) {
        boolean complete = true;
        for (Unit unit : units) {
            if (!keepGoing.getAsBoolean()) {
                return Outcome.STOPPED;
            }
            complete &= reseal(sealer, unit, batchSize, keepGoing);
        }
        return complete ? Outcome.COMPLETE : keepGoing.getAsBoolean() ? Outcome.INCOMPLETE : Outcome.STOPPED;
    }

    /** Runs the work while holding the cluster-wide re-seal lock, or returns {@link Outcome#BUSY} if another has it. */
    private Outcome underLock(Supplier<Outcome> work) {
        return lock.tryRun(LOCK_KEY, work).orElse(Outcome.BUSY);
    }

    /** One unit, from where its progress stopped; whether it is done. */
    private boolean reseal(Sealer sealer, Unit unit, int batchSize, BooleanSupplier keepGoing) {
        return resume(sealer.currentVersion(), unit.kind().name(), unit.scope(),
                after -> batch(sealer, unit, after, batchSize), keepGoing);
    }

    /**
     * Another kind of background pass on the same machinery (e.g. the person index hashed again under a new key):
     * each tenant's rows in key order, in batches that {@code work} does with the tenant bound (each in a transaction
     * of its own), the progress of each (version, kind, tenant) kept after every batch so that a restart resumes where
     * it stopped. One replica at a time runs a pass or a re-seal; returns {@link Outcome#BUSY} when another is at it.
     *
     * @param kind    a stable name of the pass, at most 64 characters, not one of the sealed values' names
     * @param version what the pass brings the rows to (a key version): a new version starts the pass afresh
     */
    public Outcome pass(String kind, int version, List<TenantCode> tenants, TenantBatch work, int batchSize,
                        BooleanSupplier keepGoing) {
        return underLock(() -> {
            boolean complete = true;
            for (TenantCode tenant : tenants) {
                if (!keepGoing.getAsBoolean()) {
                    return Outcome.STOPPED;
                }
                complete &= resume(version, kind, tenant.value(),
                        after -> TenantContext.callAs(tenant, () -> work.after(after, batchSize)), keepGoing);
            }
            return complete ? Outcome.COMPLETE : keepGoing.getAsBoolean() ? Outcome.INCOMPLETE : Outcome.STOPPED;
        });
    }

    /** How many tenants a pass of the kind has finished at the version (to skip a run with nothing left to do). */
    public int passesDone(String kind, int version) {
        return jdbc.sql("select count(*) from platform.reseal_progress where key_version = ? and kind = ? "
                        + "and done_at is not null")
                .params(version, kind).query(Integer.class).single();
    }

    /** One batch of a tenant's pass, run with the tenant bound. */
    @FunctionalInterface
    public interface TenantBatch {
        /** Does the rows whose key is above {@code after}, at most {@code limit}, in a transaction of its own. */
        SealedValues.Batch after(long after, int limit);
    }

    /** A unit of a pass (kind and scope) from where its progress stopped, batch after batch; whether it is done. */
    private boolean resume(int version, String kind, String scope, LongFunction<SealedValues.Batch> next,
                           BooleanSupplier keepGoing) {
        jdbc.sql("insert into platform.reseal_progress (key_version, kind, scope) values (?, ?, ?) on conflict do nothing")
                .params(version, kind, scope).update();
        var progress = jdbc.sql("select last_key, done_at is not null as done from platform.reseal_progress "
                        + "where key_version = ? and kind = ? and scope = ?")
                .params(version, kind, scope).query().singleRow();
        if (Boolean.TRUE.equals(progress.get("done"))) {
            return true;
        }
        long after = ((Number) progress.get("last_key")).longValue();
        while (keepGoing.getAsBoolean()) {
            SealedValues.Batch batch;
            try {
                batch = next.apply(after);
            } catch (RuntimeException e) {
                log.error("{} in {} failed after key {}", kind, scope, after, e);
                jdbc.sql("""
                                update platform.reseal_progress set problem = ?, updated_at = now()
                                where key_version = ? and kind = ? and scope = ?""")
                        // the exception's kind, never its message: a database error quotes the failing row's values
                        .params(problem(e), version, kind, scope).update();
                return false;
            }
            if (batch.rows() == 0) {
                jdbc.sql("""
                                update platform.reseal_progress set done_at = now(), problem = null, updated_at = now()
                                where key_version = ? and kind = ? and scope = ?""")
                        .params(version, kind, scope).update();
                return true;
            }
            after = batch.lastKey();
            jdbc.sql("""
                            update platform.reseal_progress set last_key = ?, resealed = resealed + ?, problem = null,
                              updated_at = now()
                            where key_version = ? and kind = ? and scope = ?""")
                    .params(after, batch.resealed(), version, kind, scope).update();
        }
        return false;
    }

    /** One batch of a unit, with its tenant bound for a tenant's values. */
    private static SealedValues.Batch batch(Sealer sealer, Unit unit, long after, int batchSize) {
        return unit.tenant() == null ? unit.kind().resealAfter(sealer, after, batchSize)
                : TenantContext.callAs(unit.tenant(), () -> unit.kind().resealAfter(sealer, after, batchSize));
    }

    /** Every kind of sealed value in every tenant that has a schema, and in the platform. */
    public List<Unit> units() {
        List<TenantCode> tenants = jdbc.sql("""
                        select code from platform.tenant t
                        where exists (select 1 from pg_namespace where nspname = 't_' || t.code) order by code""")
                .query(String.class).list().stream().map(TenantCode::of).toList();
        List<Unit> units = new ArrayList<>();
        for (SealedValues kind : kinds) {
            if (kind.perTenant()) {
                tenants.forEach(tenant -> units.add(new Unit(kind, tenant)));
            } else {
                units.add(new Unit(kind, null));
            }
        }
        return units;
    }

    /** Where the keys and the re-seal to the current key stand (for the system administrator). */
    public Status status() {
        List<Progress> progress = jdbc.sql("""
                        select kind, scope, resealed, done_at, problem, updated_at from platform.reseal_progress
                        where key_version = ? and kind = any(?) order by done_at is not null, scope, kind""")
                .params(sealer.currentVersion(), kinds.stream().map(SealedValues::name).toArray(String[]::new))
                .query((rs, row) -> new Progress(rs.getString(1), rs.getString(2), rs.getLong(3),
                        instant(rs, 4), rs.getString(5), instant(rs, 6)))
                .list();
        return new Status(sealer.currentVersion(), sealer.previousVersion(), previousRetired(), units().size(), progress);
    }

    private boolean previousRetired() {
        return sealer.previousVersion().isPresent() && jdbc.sql(
                        "select retired_at is not null from platform.crypto_key where version = ?")
                .param(sealer.previousVersion().getAsInt()).query(Boolean.class).optional().orElse(false);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }


    /** What went wrong, for the keys page: the exception's kind and SQL state, without the values it may quote. */
    private static String problem(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof java.sql.SQLException)) {
            cause = cause.getCause();
        }
        return cause instanceof java.sql.SQLException sql ? "SQL state " + sql.getSQLState()
                : e.getClass().getSimpleName();
    }
}
