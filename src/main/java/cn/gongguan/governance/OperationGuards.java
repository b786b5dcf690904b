package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/**
 * The database's refusal of a change under a closed operation (the guards of platform-075 raise {@code GG001}) as
 * the user sees it: a refusal at the field they were filling in, never a database error. One mapping for the county's
 * side, the township's and the liaisons'.
 */
public final class OperationGuards {

    /** The guards' SQL state for a change under a closed operation. */
    static final String CLOSED = "GG001";

    private OperationGuards() {
    }

    /** Runs the write; the database's refusal because the operation is closed is refused at {@code field}. */
    public static <T> T refusingClosed(String field, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            if (isClosed(failure)) {
                throw new InvalidInputException(field, "operation.closed");
            }
            throw failure;
        }
    }

    /** Runs the write; the database's refusal because the operation is closed is refused at {@code field}. */
    public static void refusingClosed(String field, Runnable write) {
        refusingClosed(field, () -> {
            write.run();
            return null;
        });
    }

    /** Whether the failure is the guards' refusal of a change under a closed operation. */
    public static boolean isClosed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CLOSED.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
