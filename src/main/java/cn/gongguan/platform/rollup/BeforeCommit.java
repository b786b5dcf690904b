package cn.gongguan.platform.rollup;

import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts a figure once per transaction, just before it commits, however many changes of the transaction asked for it:
 * an import writing a thousand records recounts once, yet the rollup row still commits with the change it counts.
 */
public final class BeforeCommit {

    private BeforeCommit() {
    }

    /**
     * Asks for {@code count} to run before the current transaction commits, with the {@code value}s asked for in the
     * transaction (under the same {@code key}) merged into one by {@code merge}.
     */
    public static <T> void count(Object key, T value, BinaryOperator<T> merge, Consumer<T> count) {
        @SuppressWarnings("unchecked")
        Pending<T> pending = (Pending<T>) TransactionSynchronizationManager.getResource(key);
        if (pending != null) {
            pending.value = merge.apply(pending.value, value);
            return;
        }
        Pending<T> asked = new Pending<>(value);
        TransactionSynchronizationManager.bindResource(key, asked);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                TransactionSynchronizationManager.unbindResource(key);
                count.accept(asked.value);
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
    }

    private static final class Pending<T> {
        private T value;

        private Pending(T value) {
            this.value = value;
        }
    }
}
