package cn.gongguan.outflow;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-check figures of the bound tenant for a month, counted once per list: the township's progress page, its
 * totals on the rollup path (persons on the month's lists, of them marked, org units late) and, as a
 * {@link FigureSource}, the same per org unit for the dashboards. Lateness comes with the calendar, not with a write:
 * the daily job re-counts them too. A list is marked only in its own month, so a month's counts close with it.
 */
@Component
class RecheckFigures implements FigureSource {

    private final EntityManager entityManager;
    private final Rollups rollups;
    private final Today today;

    RecheckFigures(EntityManager entityManager, Rollups rollups, Today today) {
        this.entityManager = entityManager;
        this.rollups = rollups;
        this.today = today;
    }

    /** Every list of the month, with how many persons are on it and how many of them are marked, late as of today. */
    List<Rechecks.Progress> lists(YearMonth month) {
        LocalDate day = today.date();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select l.id, l.org_unit_code, l.due_on, count(e.id), count(e.result) from recheck_list l
                        left join recheck_entry e on e.list_id = l.id
                        where l.month = ? group by l.id""")
                .setParameter(1, month.atDay(1)).getResultList();
        return rows.stream().map(row -> Rechecks.Progress.of(((Number) row[0]).longValue(), (String) row[1],
                (LocalDate) row[2], ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), day)).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(YearMonth month) {
        List<Rechecks.Progress> lists = lists(month);
        String period = month.toString();
        rollups.set(Rechecks.DUE, period, lists.stream().mapToLong(Rechecks.Progress::onList).sum());
        rollups.set(Rechecks.DONE, period, lists.stream().mapToLong(Rechecks.Progress::marked).sum());
        rollups.set(Rechecks.UNITS_LATE, period, lists.stream().filter(Rechecks.Progress::late).count());
    }

    /** The dashboards' share: persons on the month's lists and of them marked, by the list's unit. */
    @Override
    public List<String> indicators() {
        return List.of(Rechecks.DUE, Rechecks.DONE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        String township = TenantContext.current().value();
        for (Rechecks.Progress list : lists(month)) {
            // the township's own list (persons in no org unit) counts in its total only
            String unit = list.orgUnitCode().equals(township) ? null : list.orgUnitCode();
            counts.add(Rechecks.DUE, unit, list.onList());
            counts.add(Rechecks.DONE, unit, list.marked());
        }
    }
}
