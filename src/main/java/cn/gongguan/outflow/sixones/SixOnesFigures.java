package cn.gongguan.outflow.sixones;

import cn.gongguan.outflow.TripChanged;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.BeforeCommit;
import cn.gongguan.platform.rollup.Rollups;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The six ones' figures on the rollup path (DESIGN.md), for the current month: the persons away, and of them those
 * with all six done. Every six-ones record refreshes them in its own transaction; a departure or a return changes
 * them too ({@link TripChanged}).
 */
@Service
public class SixOnesFigures {

    /** Persons away in the month (an open trip when last counted). */
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

    private void write() {
        Completion total = queries.total(null, today.date());
        String period = today.month().toString();
        rollups.set(DUE, period, total.away());
        rollups.set(COMPLETE, period, total.complete());
    }
}
