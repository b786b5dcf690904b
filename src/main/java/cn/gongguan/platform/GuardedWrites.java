package cn.gongguan.platform;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;

/**
 * A database guard's refusal as the user sees it: the triggers that keep a closed operation or a locked assessment
 * year as it is raise their own SQL state ({@code GG…}), and a write they refuse comes back as a refusal at the field
 * the user was filling in, never as a database error.
 */
public final class GuardedWrites {

    private GuardedWrites() {
    }

    /** Runs the write; the guard's refusal with {@code sqlState} is refused at {@code field} with {@code key}. */
    public static <T> T refusing(String sqlState, String field, String key, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            if (raised(sqlState, failure)) {
                throw new InvalidInputException(field, key);
            }
            throw failure;
        }
    }

    /** Whether the failure is a guard's refusal with {@code sqlState}. */
    public static boolean raised(String sqlState, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
