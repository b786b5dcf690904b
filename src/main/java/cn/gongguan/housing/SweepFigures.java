package cn.gongguan.housing;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The sweeps overdue by the tenant's sweep plan, as a figure of the tenant per month (the rollup path of the
 * dashboards): the periods that had ended by the month's last day (today for the current month) with no sweep recorded
 * in them. The plan belongs to the tenant, not to a village, so it is the tenant's figure only. A sweep recorded
 * marks the months from its day on as owed; the plan changed marks the current month only, so a closed month keeps
 * the count it closed with.
 */
@Service
public class SweepFigures implements FigureSource {

    public static final String OVERDUE = "sweeps_overdue";

    private final SweepPlans plans;

    SweepFigures(SweepPlans plans) {
        this.plans = plans;
    }

    @Override
    public List<String> indicators() {
        return List.of(OVERDUE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        counts.addTotal(OVERDUE, plans.overdueOn(asOf));
    }
}
