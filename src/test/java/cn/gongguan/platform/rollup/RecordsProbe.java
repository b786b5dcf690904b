package cn.gongguan.platform.rollup;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what a {@link FigureRecords} lists with the figure it stands behind, for the records' tests: per month, its
 * items added up by unit as the recount adds records up (a group's item counts for its village and the total), next
 * to the rollup's rows of the indicator (a unit without a row counts 0).
 */
public final class RecordsProbe {

    private final Rollups rollups;

    public RecordsProbe(Rollups rollups) {
        this.rollups = rollups;
    }

    /** The tenant's items of each month from {@code from} to {@code to}, as the tenant lists them. */
    public static List<FigureRecords.CountedItem> items(FigureRecords records, TenantCode tenant, YearMonth from,
                                                        YearMonth to) {
        return TenantContext.callAs(tenant, () -> records.items(from, to));
    }

    /** The items of the month added up by unit ({@link UnitCounts#TOTAL} always present), and the figure's rows. */
    public Comparison compare(FigureRecords records, TenantCode tenant, YearMonth month) {
        UnitCounts counts = new UnitCounts();
        for (FigureRecords.CountedItem item : items(records, tenant, month, month)) {
            if (!item.month().equals(month)) {
                throw new AssertionError(item + " listed for " + month);
            }
            counts.add(records.indicator(), item.unit(), 1);
        }
        Map<String, Long> figure = new HashMap<>();
        rollups.unitsOf(tenant, List.of(month.toString()), List.of(records.indicator()))
                .forEach(row -> figure.put(row.unit(), row.value()));
        Map<String, Long> listed = counts.rows(records.indicator());
        // a unit's row written as 0 is the same as no row
        figure.values().removeIf(value -> value == 0L);
        listed.values().removeIf(value -> value == 0L);
        return new Comparison(listed, figure);
    }

    /** A month's items and figure by unit code, units at 0 left out. */
    public record Comparison(Map<String, Long> listed, Map<String, Long> figure) {
    }
}
