package cn.gongguan.registry;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The registry's figures per unit and month: the persons living here at the day counted (inflow persons and
 * intra-county movers, registered by then) and the newcomers of the month (arrived in it by then). A person counts by
 * the flow type and unit recorded now: the registry keeps no history of either.
 */
@Component
public class RegistryFigures implements FigureSource {

    public static final String INFLOW = "inflow_persons";
    public static final String INTRA_COUNTY = "intra_county_persons";
    public static final String NEWCOMERS = "newcomers";

    private final EntityManager entityManager;

    RegistryFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> indicators() {
        return List.of(INFLOW, INTRA_COUNTY, NEWCOMERS);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        List<?> rows = entityManager.createNativeQuery("""
                        select org_unit_code,
                               count(*) filter (where flow_type = 'INFLOW'),
                               count(*) filter (where flow_type = 'INTRA_COUNTY'),
                               count(*) filter (where arrival_date >= ?1)
                        from person
                        where flow_type in ('INFLOW', 'INTRA_COUNTY')
                          and coalesce(arrival_date, (created_at at time zone 'Asia/Shanghai')::date) <= ?2
                        group by org_unit_code""")
                .setParameter(1, Date.valueOf(month.atDay(1)))
                .setParameter(2, Date.valueOf(asOf))
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            String unit = (String) columns[0];
            counts.add(INFLOW, unit, ((Number) columns[1]).longValue());
            counts.add(INTRA_COUNTY, unit, ((Number) columns[2]).longValue());
            counts.add(NEWCOMERS, unit, ((Number) columns[3]).longValue());
        }
    }
}
