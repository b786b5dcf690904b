package cn.gongguan.outflow;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The re-check figures of the bound tenant for a month on the rollup path: persons on the month's lists, of them
 * marked, and org units late (past the due day with persons not marked). Lateness comes with the calendar, not with a
 * write: the daily job re-counts them too.
 */
@Component
class RecheckFigures {

    private final EntityManager entityManager;
    private final Rollups rollups;
    private final Today today;

    RecheckFigures(EntityManager entityManager, Rollups rollups, Today today) {
        this.entityManager = entityManager;
        this.rollups = rollups;
        this.today = today;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(YearMonth month) {
        Object[] counts = (Object[]) entityManager.createNativeQuery("""
                        select count(e.id), count(e.result) from recheck_list l
                        join recheck_entry e on e.list_id = l.id where l.month = ?""")
                .setParameter(1, month.atDay(1)).getSingleResult();
        Number late = (Number) entityManager.createNativeQuery("""
                        select count(*) from (
                            select l.id from recheck_list l join recheck_entry e on e.list_id = l.id
                            where l.month = ? and l.due_on < ?
                            group by l.id having count(e.id) > count(e.result)) late""")
                .setParameter(1, month.atDay(1)).setParameter(2, today.date()).getSingleResult();
        String period = month.toString();
        rollups.set(Rechecks.DUE, period, ((Number) counts[0]).longValue());
        rollups.set(Rechecks.DONE, period, ((Number) counts[1]).longValue());
        rollups.set(Rechecks.UNITS_LATE, period, late.longValue());
    }
}
