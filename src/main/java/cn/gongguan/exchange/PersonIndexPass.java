package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.reseal.Reseal;
import cn.gongguan.platform.reseal.SealedValues;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every tenant's rows of the person index to the current index key version, in the background after the
 * start (never holding it up, however many tenants): the persons registered before the index existed get their rows
 * (and meet whoever holds them already), and after a change of {@code GONGGUAN_INDEX_KEY_VERSION} every row is
 * hashed again under the new key from the tenant's own persons. Per tenant, with the tenant bound, in batches; the
 * re-seal's machinery ({@link Reseal#pass}) keeps the progress, so a stop resumes where it was and a finished
 * tenant is not walked again. Running it twice changes nothing: a row already at the version is left as it is.
 * A holding a user's change records meanwhile is recorded by that change's own transaction; the batch skips rows at
 * the version when it writes (a change committed between the batch's read and its write can still be overwritten
 * with the holding read, which the person's next change corrects).
 */
@Component
class PersonIndexPass {

    /** The name under which the pass keeps its progress. */
    static final String KIND = "exchange.person_index";
    private static final Logger log = LoggerFactory.getLogger(PersonIndexPass.class);

    private final Reseal machinery;
    private final TenantRegistry tenants;
    private final IndexedPersons persons;
    private final PersonIndex index;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Duration budget;
    private volatile boolean stopping;

    PersonIndexPass(Reseal machinery, TenantRegistry tenants, IndexedPersons persons, PersonIndex index,
                    JdbcClient jdbc, PlatformTransactionManager transactionManager,
                    @Value("${gongguan.index.pass-batch-size:500}") int batchSize,
                    @Value("${gongguan.index.pass-budget:PT2M}") Duration budget) {
        this.budget = budget;
        this.machinery = machinery;
        this.tenants = tenants;
        this.persons = persons;
        this.index = index;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
    }

    /**
     * Soon after the start, then every minute while anything is left (a tenant added meanwhile gets its pass too).
     * Each run stops after its time budget and the next resumes: the scheduled jobs share one thread, and a first
     * pass over every tenant's persons must not hold up the others for long.
     */
    @Scheduled(initialDelayString = "${gongguan.index.pass-delay:PT30S}",
            fixedDelayString = "${gongguan.index.pass-interval:PT1M}")
    void catchUp() {
        List<TenantCode> ready = ready();
        if (machinery.passesDone(KIND, index.keyVersion()) >= ready.size()) {
            return;
        }
        long until = System.nanoTime() + budget.toNanos();
        Reseal.Outcome outcome = run(ready, () -> !stopping && System.nanoTime() < until);
        log.info("Person index at key version {}: {}", index.keyVersion(), outcome);
    }

    /** Runs the pass over the tenants given while {@code keepGoing} says so. */
    Reseal.Outcome run(List<TenantCode> over, BooleanSupplier keepGoing) {
        return machinery.pass(KIND, index.keyVersion(), over, this::batch, batchSize, keepGoing);
    }

    /** One batch of the bound tenant's persons: those with no row at the current version get one. */
    private SealedValues.Batch batch(long after, int limit) {
        return transactions.execute(status -> {
            List<PersonIndex.Entry> entries = persons.after(after, limit);
            if (entries.isEmpty()) {
                return SealedValues.Batch.NONE;
            }
            Set<Long> current = Set.copyOf(jdbc.sql("""
                            select person_id from platform.person_index
                            where tenant_code = ? and person_id = any(?) and key_version = ?""")
                    .params(TenantContext.current().value(),
                            entries.stream().mapToLong(PersonIndex.Entry::personId).toArray(), index.keyVersion())
                    .query(Long.class).list());
            List<PersonIndex.Entry> missing = entries.stream().filter(e -> !current.contains(e.personId())).toList();
            index.holdAll(missing);
            return new SealedValues.Batch(entries.getLast().personId(), entries.size(), missing.size());
        });
    }

    private List<TenantCode> ready() {
        return tenants.roots().stream()
                .flatMap(root -> tenants.subtree(root.code()).stream())
                .filter(Tenant::isReady)
                .map(Tenant::code)
                .toList();
    }

    @PreDestroy
    void stop() {
        stopping = true;
    }
}
