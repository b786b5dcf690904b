package cn.gongguan.governance;

import cn.gongguan.platform.GuardedWrites;
import java.util.function.Supplier;

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
        return GuardedWrites.refusing(CLOSED, field, "operation.closed", write);
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
        return GuardedWrites.raised(CLOSED, failure);
    }
}
