package cn.gongguan.platform.rollup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A feature's share of the figures per unit and month that the dashboards read (issue 13). {@link FigureRecount}
 * asks every source to count the bound tenant's records for one month, inside one tenant transaction, and writes what
 * they counted to the rollup path. A source counts from dated records, so that a month long past counts the same as
 * when it closed, and marks its tables with the {@code platform.owe_figures} trigger so that a change is recounted.
 */
public interface FigureSource {

    /** The indicators this source counts: each is written for every counted tenant-month, zero included. */
    List<String> indicators();

    /**
     * Counts the bound tenant's figures of {@code month} as they stand on {@code asOf}: the month's last day for a
     * month that has closed, today for the current one.
     */
    void count(YearMonth month, LocalDate asOf, UnitCounts counts);
}
