package cn.gongguan.platform.rollup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@link FigureSource}s counted for one tenant and month, per org unit. A source adds counts by the unit
 * its records belong to; the rows written are the tenant's total, every village or community (a village's row
 * includes its groups) and every group. Records in no unit count in the total only.
 */
public final class UnitCounts {

    /** The unit code of a tenant's total. */
    public static final String TOTAL = "";
    private static final int VILLAGE_CODE_LENGTH = 12;

    private final Map<String, Map<String, Long>> rows = new HashMap<>();

    /** Adds {@code value} to the figure of the unit {@code orgUnit} (null or blank: no unit, the total only). */
    public void add(String indicator, String orgUnit, long value) {
        Map<String, Long> units = rows.computeIfAbsent(indicator, key -> new HashMap<>());
        units.merge(TOTAL, value, Long::sum);
        if (orgUnit == null || orgUnit.isBlank()) {
            return;
        }
        units.merge(orgUnit, value, Long::sum);
        if (orgUnit.length() > VILLAGE_CODE_LENGTH) {
            units.merge(orgUnit.substring(0, VILLAGE_CODE_LENGTH), value, Long::sum);
        }
    }

    /** Adds {@code value} to a figure of the tenant as a whole, one no unit has (for example its messages). */
    public void addTotal(String indicator, long value) {
        add(indicator, null, value);
    }

    /** The figure's rows by unit code ({@link #TOTAL} for the tenant), the total present (0) even if nothing counted. */
    Map<String, Long> rows(String indicator) {
        Map<String, Long> units = new HashMap<>(rows.getOrDefault(indicator, Map.of()));
        units.putIfAbsent(TOTAL, 0L);
        return units;
    }

    /** Indicators counted but not declared by any source: a source that forgot one in its list. */
    List<String> undeclared(List<String> declared) {
        return rows.keySet().stream().filter(indicator -> !declared.contains(indicator)).sorted().toList();
    }
}
