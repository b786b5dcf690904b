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
    /**
     * The persons (table {@code person p}) living here on the day bound to {@code :asOf}: inflow persons and
     * intra-county movers who had arrived by then (registered by then when their arrival is not known). The one
     * definition every figure about the persons living here counts from.
     */
    public static final String LIVING_HERE = """
            p.flow_type in ('INFLOW', 'INTRA_COUNTY')
            and coalesce(p.arrival_date, (p.created_at at time zone 'Asia/Shanghai')::date) <= :asOf""";

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
                        select p.org_unit_code,
                               count(*) filter (where p.flow_type = 'INFLOW'),
                               count(*) filter (where p.flow_type = 'INTRA_COUNTY'),
                               count(*) filter (where p.arrival_date >= :monthStart)
                        from person p
                        where %s
                        group by p.org_unit_code""".formatted(LIVING_HERE))
                .setParameter("monthStart", Date.valueOf(month.atDay(1)))
                .setParameter("asOf", Date.valueOf(asOf))
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
