package cn.gongguan.outflow;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The village-months behind {@link Rechecks#UNITS_LATE}: the month's re-check lists past their due day and not
 * complete, from the very list {@link RecheckFigures} counts the figure from (late as of today, as it is written). The
 * reference is the month and the village's name (the township's own list: the township's); the detail is what the
 * township's progress page shows of it — the due day and how many of its persons are marked.
 */
@Component
class LateRecheckRecords implements FigureRecords {

    private final RecheckFigures figures;
    private final OrgUnits orgUnits;
    private final Today today;

    LateRecheckRecords(RecheckFigures figures, OrgUnits orgUnits, Today today) {
        this.figures = figures;
        this.orgUnits = orgUnits;
        this.today = today;
    }

    @Override
    public String indicator() {
        return Rechecks.UNITS_LATE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        String township = TenantContext.current().value();
        Map<String, String> names = orgUnits.names();
        return CountedMonths.items(from, to, today.date(), counted -> {
            YearMonth month = counted.month();
            return figures.lists(month).stream().filter(Rechecks.Progress::late)
                    .map(list -> new CountedItem(month,
                            list.orgUnitCode().equals(township) ? UnitCounts.TOTAL : list.orgUnitCode(),
                            month + " " + names.getOrDefault(list.orgUnitCode(), list.orgUnitCode()),
                            list.dueOn() + " · " + list.marked() + "/" + list.onList()))
                    .toList();
        });
    }
}
