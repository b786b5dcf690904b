package cn.gongguan.platform;

import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one stale-edit path of every editable record. A form carries the version of the record it opened; the service
 * {@link #check}s it against the stored one and refuses with who saved meanwhile. Another user may still save between
 * that check and the write: the write then meets the record's JPA {@code @Version} (or a unique key a record created
 * meanwhile took), and {@link #write} turns that into the same refusal, naming who saved as read afresh. Records kept
 * by plain SQL lock their row for the check instead (see {@code security.UserAccounts}).
 */
@Component
public class StaleEdits {

    /** PostgreSQL's SQL state of a unique constraint refusing a row. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final TransactionTemplate afresh;

    StaleEdits(PlatformTransactionManager transactionManager) {
        this.afresh = new TransactionTemplate(transactionManager);
        afresh.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        afresh.setReadOnly(true);
    }

    /** Refuses a save of a record opened at {@code opened} that is at {@code stored} now. */
    public static void check(long opened, long stored, String savedBy, Instant savedAt) {
        if (opened != stored) {
            throw new StaleEditException(savedBy, savedAt);
        }
    }

    /**
     * Runs the write (which must flush). When another user's write came first, refuses it with the refusal
     * {@code meanwhile} gives: it runs in a transaction of its own, since the failed one's session is spent, and
     * reads who saved the record (a {@code StaleEditException(null, null)} when that cannot be told).
     */
    public void write(Runnable write, Supplier<StaleEditException> meanwhile) {
        save(() -> {
            write.run();
            return null;
        }, meanwhile);
    }

    /** As {@link #write}, returning what the save returns (the record as saved). */
    public <T> T save(Supplier<T> save, Supplier<StaleEditException> meanwhile) {
        try {
            return save.get();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            if (concurrent instanceof DataIntegrityViolationException
                    && !(concurrent.getMostSpecificCause() instanceof SQLException sql
                         && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw concurrent;
            }
            throw afresh.execute(status -> meanwhile.get());
        }
    }
}
