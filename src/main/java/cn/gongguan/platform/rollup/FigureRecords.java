package cn.gongguan.platform.rollup;

import java.time.YearMonth;
import java.util.List;

/**
 * The records behind a figure of items (issue 15): the assessment deducts points per late feedback, per overdue
 * re-check village-month and so on, and shows the township the very records it counted. A feature that counts such a
 * figure lists its items here with the same definition as its {@link FigureSource} or its rollup writer, so that a
 * month's items are exactly as many as the month's figure.
 */
public interface FigureRecords {

    /** The rollup indicator whose items these are. */
    String indicator();

    /**
     * The bound tenant's items counted in the indicator for each month from {@code from} to {@code to} (a closed month
     * as of its last day, the current one as of today), oldest month first.
     */
    List<CountedItem> items(YearMonth from, YearMonth to);

    /**
     * One counted item: its month, the org unit it counts for ({@link UnitCounts#TOTAL} for the tenant as a whole), a
     * reference without personal content (a message number, a village-month) and what the tenant itself sees of it
     * (for example a masked ID number, a due day and the day it was answered).
     */
    record CountedItem(YearMonth month, String unit, String reference, String detail) {
    }
}
