package cn.gongguan.assessment;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.Rollups;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A year's figures for the assessment, from the rollups only (DESIGN.md path 1): each figure every measure reads,
 * summed over the year's months up to the current one and over a township with its residents' committees — one query
 * for a whole county. A figure is available when a feature counts it: a {@link FigureSource} or the
 * {@link FigureRecords} of a feature declares it.
 */
@Component
class YearFigures {

    private final Rollups rollups;
    private final Today today;
    private final Set<String> available;
    private final List<String> read;

    YearFigures(Rollups rollups, Today today, List<FigureSource> sources, List<FigureRecords> records) {
        this.rollups = rollups;
        this.today = today;
        Set<String> counted = new HashSet<>();
        sources.forEach(source -> counted.addAll(source.indicators()));
        records.forEach(record -> counted.add(record.indicator()));
        this.available = Set.copyOf(counted);
        this.read = Arrays.stream(Measure.values()).flatMap(Measure::figures).distinct().toList();
    }

    /** The figures a feature counts. */
    Set<String> available() {
        return available;
    }

    /** Whether a measure's figures are all counted by a feature. */
    boolean available(Measure measure) {
        return measure.figures().allMatch(available::contains);
    }

    /** The months of the year counted so far: all twelve of a past year, none of a year to come. */
    List<String> months(int year) {
        YearMonth now = today.month();
        List<String> months = new ArrayList<>();
        for (YearMonth month = YearMonth.of(year, 1); month.getYear() == year && !month.isAfter(now);
                month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    /** The year's figures of every township in the county (or of the one township given as the root). */
    Map<TenantCode, Map<String, Long>> of(TenantCode root, int year) {
        List<String> months = months(year);
        return months.isEmpty() ? Map.of() : rollups.sumsByTownship(root, months, read);
    }
}
