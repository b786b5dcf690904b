package cn.gongguan.platform;

import java.sql.SQLException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A write that can meet another user's write of the same record between reading and saving: the other took the
 * unique key first (two new records), or saved a newer version. The user is told to open the record again
 * ({@code save.meanwhile}) instead of meeting a database error; any other failure passes as it is.
 */
public final class SavedMeanwhile {

    /** PostgreSQL's SQL state of a unique constraint refusing a row. */
    private static final String UNIQUE_VIOLATION = "23505";

    private SavedMeanwhile() {
    }

    /** Runs the write (which must flush), refusing it when another user's write came first. */
    public static void refuse(Runnable write) {
        try {
            write.run();
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
            if (concurrent instanceof DataIntegrityViolationException
                    && !(concurrent.getMostSpecificCause() instanceof SQLException sql
                         && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw concurrent;
            }
            throw new InvalidInputException(null, "save.meanwhile");
        }
    }
}
