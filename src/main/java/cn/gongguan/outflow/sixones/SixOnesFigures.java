package cn.gongguan.outflow.sixones;

import cn.gongguan.outflow.TripChanged;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.BeforeCommit;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six ones' figures on the rollup path (DESIGN.md): the persons away, and of them those with all six done, counted
 * by {@link SixOnesQueries} as of a day. Every six-ones record refreshes the township's total of the current month in
 * its own transaction; a departure or a return changes them too ({@link TripChanged}). As a {@link FigureSource} the
 * same count gives the dashboards each org unit's figures of a month as of its last day (today for this month).
 */
@Service
public class SixOnesFigures implements FigureSource {

    /** Persons away on the day counted (the month's last day; today for the current month). */
    public static final String DUE = "six_ones_due";
    /** Of them, those with all six done. */
    public static final String COMPLETE = "six_ones_complete";

    private final SixOnesQueries queries;
    private final Rollups rollups;
    private final Today today;

    SixOnesFigures(SixOnesQueries queries, Rollups rollups, Today today) {
        this.queries = queries;
        this.rollups = rollups;
        this.today = today;
    }

    /** Re-counts the township's figures for the current month, once before the transaction that changed them commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh() {
        BeforeCommit.count(SixOnesFigures.class, today.month(), (a, b) -> a, month -> write());
    }

    @EventListener
    void tripChanged(TripChanged change) {
        refresh();
    }

    @Override
    public List<String> indicators() {
        return List.of(DUE, COMPLETE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        for (Completion unit : queries.byUnit(asOf)) {
            counts.add(DUE, unit.orgUnit(), unit.away());
            counts.add(COMPLETE, unit.orgUnit(), unit.complete());
        }
    }

    private void write() {
        Completion total = queries.total(null, today.date());
        String period = today.month().toString();
        rollups.set(DUE, period, total.away());
        rollups.set(COMPLETE, period, total.complete());
    }
}
