package cn.gongguan.fivestep;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.CountedMonths;
import cn.gongguan.platform.rollup.CountedMonths.CountedMonth;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.reference.IdNumber;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons behind {@link FiveStepFigures#VISITS_OVERDUE}: living here on the day counted and waiting for their
 * visit past {@link FiveSteps#VISIT_DAYS} days, by the same conditions. The reference is the unit and month only (a
 * person is no reference the county may see); the detail is what the visits list shows — the name, the masked ID
 * number — and how many days the visit is overdue.
 */
@Component
class OverdueVisitRecords implements FigureRecords {

    private final EntityManager entityManager;
    private final Today today;

    OverdueVisitRecords(EntityManager entityManager, Today today) {
        this.entityManager = entityManager;
        this.today = today;
    }

    @Override
    public String indicator() {
        return FiveStepFigures.VISITS_OVERDUE;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CountedItem> items(YearMonth from, YearMonth to) {
        return CountedMonths.items(from, to, today.date(), this::overdueOn);
    }

    private List<CountedItem> overdueOn(CountedMonth counted) {
        List<?> rows = entityManager.createNativeQuery("""
                        select coalesce(p.org_unit_code, ''), p.name, p.id_number,
                               cast(:asOf as date) - %s - %d
                        %s and %s
                        order by p.org_unit_code, p.id""".formatted(FiveStepFigures.VISIT_DUE_FROM,
                        FiveSteps.VISIT_DAYS, FiveStepFigures.PERSONS_AS_OF, FiveStepFigures.VISIT_OVERDUE))
                .setParameter("asOf", Date.valueOf(counted.asOf()))
                .getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            String unit = (String) columns[0];
            // a person in no unit counts for the tenant as a whole: the reference names the tenant then
            String where = unit.isEmpty() ? TenantContext.current().value() : unit;
            return new CountedItem(counted.month(), unit, where + " " + counted.month(),
                    columns[1] + " " + new IdNumber((String) columns[2]).masked() + " · +"
                            + ((Number) columns[3]).longValue() + "d");
        }).toList();
    }
}
