package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantInitializer;
import cn.gongguan.platform.TenantSchemaMigrator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the database in line with the tenant tree files at start-up: registers every declared tenant, then
 * migrates, with a bounded number of workers, each tenant whose change log or declaration changed since it was last
 * made ready. It is idempotent: a restart that finds everything up to date touches no tenant schema. A tenant that
 * fails is marked failed and never stops the others. Liquibase itself runs one schema at a time (see
 * {@code PlatformDatabase.update}); creating roles and schemas and the features' initialisers run in parallel.
 * Runs first among the start-up runners, and before the application reports itself ready.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TenantReconciler implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TenantReconciler.class);
    /** Key of the advisory lock that lets one replica at a time reconcile. */
    private static final long LOCK_KEY = 0x67676e5f74656eL;

    private final DataSource dataSource;
    private final TenantRegistry registry;
    private final TenantSchemaMigrator migrator;
    private final List<TenantInitializer> initializers;
    private final ProvisioningSettings settings;
    private final TenantFingerprint fingerprint;
    private final MeterRegistry meters;
    private volatile ReconciliationReport lastReport;

    TenantReconciler(DataSource dataSource, TenantRegistry registry, TenantSchemaMigrator migrator,
                     List<TenantInitializer> initializers, ProvisioningSettings settings,
                     TenantFingerprint fingerprint, MeterRegistry meters) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.migrator = migrator;
        this.initializers = initializers;
        this.settings = settings;
        this.fingerprint = fingerprint;
        this.meters = meters;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        reconcile();
    }

    /** The outcome of the last completed reconciliation, empty while the first one runs. */
    public Optional<ReconciliationReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    public synchronized ReconciliationReport reconcile() throws Exception {
        long start = System.nanoTime();
        TenantTree tree = TenantTreeReader.read(settings.directory().toAbsolutePath());
        tree.problems().forEach(problem -> log.error("Rejected tenant file {}", problem));
        try (Connection lock = dataSource.getConnection()) {
            advisoryLock(lock, "pg_advisory_lock");
            try {
                ReconciliationReport report = reconcile(tree, start);
                log.info("Tenants reconciled in {} ms: {} up to date, {} migrated, {} failed, {} file problems",
                        report.duration().toMillis(), report.upToDate(), report.migrated(), report.failed().size(),
                        report.rejected().size());
                lastReport = report;
                return report;
            } finally {
                advisoryLock(lock, "pg_advisory_unlock");
            }
        }
    }

    private ReconciliationReport reconcile(TenantTree tree, long start) throws InterruptedException {
        registry.register(tree.tenants());
        Map<TenantCode, String> ready = registry.readyFingerprints();
        List<TenantDeclaration> stale = new ArrayList<>();
        int upToDate = 0;
        for (TenantDeclaration tenant : tree.tenants()) {
            if (fingerprint.of(tenant).equals(ready.get(tenant.code()))) {
                upToDate++;
            } else {
                stale.add(tenant);
            }
        }
        counter("up_to_date").increment(upToDate);
        Map<TenantCode, String> failed = new ConcurrentHashMap<>();
        AtomicInteger migrated = new AtomicInteger();
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, settings.migrationWorkers()))) {
            List<Future<?>> running = stale.stream()
                    .<Future<?>>map(tenant -> workers.submit(() -> provision(tenant, migrated, failed)))
                    .toList();
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    log.error("Tenant worker failed unexpectedly", e.getCause());
                }
            }
        }
        return new ReconciliationReport(upToDate, migrated.get(), failed, tree.problems(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private void provision(TenantDeclaration tenant, AtomicInteger migrated, Map<TenantCode, String> failed) {
        try {
            migrator.migrate(tenant.code());
            TenantContext.runAs(tenant.code(), () -> initializers.forEach(i -> i.initialize(tenant)));
            registry.markReady(tenant.code(), fingerprint.of(tenant));
            migrated.incrementAndGet();
            counter("migrated").increment();
        } catch (Exception e) {
            String reason = rootMessage(e);
            log.error("Tenant {} ({}) failed to migrate: {}", tenant.code(), tenant.name(), reason, e);
            failed.put(tenant.code(), reason);
            registry.markFailed(tenant.code(), reason);
            counter("failed").increment();
        }
    }

    private Counter counter(String outcome) {
        return Counter.builder("gongguan.tenant.migrations")
                .description("Tenant schema migrations at reconciliation, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static void advisoryLock(Connection connection, String function) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select " + function + "(" + LOCK_KEY + ")");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
