package cn.gongguan.platform.reseal;

import cn.gongguan.platform.Sealer;
import java.util.List;

/**
 * One kind of sealed value a feature keeps (the five-step method's sensitive archive, the second factor's secret …),
 * which the re-seal moves to the current key after a key rotation. A feature that seals values implements this, so
 * the re-seal covers them without the platform knowing the feature. The rows are walked in the order of a numeric key
 * (an id), in batches: the re-seal keeps the key of the last row done and resumes after it.
 */
public interface SealedValues {

    /** A stable name under which the progress is kept, e.g. {@code fivestep.archive}; at most 64 characters. */
    String name();

    /**
     * Whether the values live in each tenant's schema (then each batch runs with that tenant bound, in a tenant
     * transaction of its own) or in the platform schema (a platform transaction).
     */
    boolean perTenant();

    /**
     * Re-seals under {@code sealer}'s current key the values of the rows whose key is above {@code after}, at most
     * {@code limit} rows in key order, in one transaction of its own. Each value is written back only if it is
     * still the one read (a user's save meanwhile already sealed it under the current key), without counting as an
     * edit of the record (no version change). Values already under the current key are left as they are.
     *
     * @return the rows looked at, or {@link Batch#NONE} when none is left after {@code after}
     */
    Batch resealAfter(Sealer sealer, long after, int limit);

    /**
     * Moves the values of rows read in key order to the current key, writing back each that is not yet there; the
     * batch to return from {@link #resealAfter}.
     */
    static Batch reseal(Sealer sealer, List<Row> rows, Writer writer) {
        int resealed = 0;
        for (Row row : rows) {
            byte[] moved = sealer.reseal(row.sealed(), row.context());
            if (moved != row.sealed()) {
                resealed += writer.write(row.key(), row.sealed(), moved);
            }
        }
        return rows.isEmpty() ? Batch.NONE : new Batch(rows.getLast().key(), rows.size(), resealed);
    }

    /** A sealed value as read: the key of its row, the value as stored, and the context it is bound to. */
    record Row(long key, byte[] sealed, String context) {
    }

    /** Writes a moved value back if the row still holds the one read; how many rows it changed (0 or 1). */
    @FunctionalInterface
    interface Writer {
        int write(long key, byte[] read, byte[] moved);
    }

    /**
     * @param lastKey  the key of the last row looked at: the next batch starts after it
     * @param rows     how many rows were looked at (0: none left)
     * @param resealed how many of them were moved to the current key
     */
    record Batch(long lastKey, int rows, int resealed) {
        public static final Batch NONE = new Batch(0, 0, 0);
    }
}
