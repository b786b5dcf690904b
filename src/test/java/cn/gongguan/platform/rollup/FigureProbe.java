package cn.gongguan.platform.rollup;

import cn.gongguan.platform.TenantCode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the figures per unit and month say, for the sources' tests: a tenant-month's rows of one unit, and the
 * months a tenant's tables marked as owed (as the database owner, past the row policies).
 */
public final class FigureProbe {

    private final FigureRecount recount;
    private final Rollups rollups;
    private final JdbcClient owner;

    public FigureProbe(FigureRecount recount, Rollups rollups, JdbcClient owner) {
        this.recount = recount;
        this.rollups = rollups;
        this.owner = owner;
    }

    /** Counts every tenant-month due now. */
    public void recount() {
        recount.recountDue();
    }

    /** The figures of the unit ({@link UnitCounts#TOTAL} for the tenant) for the month, by indicator. */
    public Map<String, Long> of(TenantCode tenant, String unit, YearMonth month, List<String> indicators) {
        Map<String, Long> values = new HashMap<>();
        rollups.unitsOf(tenant, List.of(month.toString()), indicators).stream()
                .filter(row -> row.unit().equals(unit))
                .forEach(row -> values.put(row.indicator(), row.value()));
        return values;
    }

    /** How the figures of the unit for the month changed since {@code before}: a figure absent counts as 0. */
    public Map<String, Long> since(Map<String, Long> before, TenantCode tenant, String unit, YearMonth month,
                                   List<String> indicators) {
        Map<String, Long> now = of(tenant, unit, month, indicators);
        Map<String, Long> change = new HashMap<>();
        for (String indicator : indicators) {
            change.put(indicator, now.getOrDefault(indicator, 0L) - before.getOrDefault(indicator, 0L));
        }
        return change;
    }

    /** The months the tenant's figures are owed for, oldest first. */
    public List<String> owed(TenantCode tenant) {
        return owner.sql("select distinct period from platform.figure_owed where tenant_code = ? order by period")
                .param(tenant.value()).query(String.class).list();
    }
}
