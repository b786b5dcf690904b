package cn.gongguan.housing;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's periods behind {@link SweepFigures#OVERDUE}: ended by the day counted with no sweep in them, from the
 * same periods {@link SweepPlans#overdueOn} counts. The plan is the unit's (a committee or a township), so the
 * reference is the unit and the period; nothing personal is in it.
 */
@Component
class OverdueSweepRecords implements FigureRecords {

    private final SweepPlans plans;
    private final Today today;

    OverdueSweepRecords(SweepPlans plans, Today today) {
        this.plans = plans;
        this.today = today;
    }

    @Override
    public String indicator() {
        return SweepFigures.OVERDUE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        String unit = TenantContext.current().value();
        return CountedMonths.items(from, to, today.date(), counted -> plans.overduePeriodsOn(counted.asOf()).stream()
                .map(period -> period.from() + "–" + period.to())
                .map(period -> new CountedItem(counted.month(), UnitCounts.TOTAL, unit + " " + period, period))
                .toList());
    }
}
