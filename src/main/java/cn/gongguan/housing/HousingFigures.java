package cn.gongguan.housing;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing figures of a tenant, kept on the rollup path (DESIGN.md) so that the township and the county read them
 * for their whole subtree without touching a committee's schema: rental houses, reports due and received in a month,
 * persons reported, and persons found in sweeps who had not been reported. The tenant's totals are written in every
 * housing transaction (the home pages' cards); the same counts, per unit of the house, are the dashboards' figures
 * per unit and month ({@link FigureSource}). A month's figures depend on the month alone, as nothing is dated after
 * today: a late report or a back-dated sweep changes the month it is for.
 */
@Service
public class HousingFigures implements FigureSource {

    static final String HOUSES = "rental_houses";
    public static final String REPORTS_DUE = "reports_due";
    public static final String REPORTS_RECEIVED = "reports_received";
    /** The reports due and not received, counted as their houses (house × month): the items the assessment deducts. */
    public static final String REPORTS_MISSING = "reports_missing";
    static final String PERSONS_REPORTED = "persons_reported";
    public static final String PERSONS_UNREPORTED = "persons_found_unreported";

    /** A subtree's figures for a month. */
    public record Figures(long houses, long reportsDue, long reportsReceived, long personsReported,
                          long personsFoundUnreported) {

        /** Reports received per report due, in percent; 100 when nothing is due. */
        public int coverage() {
            return reportsDue == 0 ? 100 : (int) Math.round(100.0 * Math.min(reportsReceived, reportsDue) / reportsDue);
        }
    }

    private final Rollups rollups;
    private final RentalHouseRepository houses;
    private final MonthlyReportRepository reports;
    private final SweepFindingRepository findings;

    HousingFigures(Rollups rollups, RentalHouseRepository houses, MonthlyReportRepository reports,
                   SweepFindingRepository findings) {
        this.rollups = rollups;
        this.houses = houses;
        this.reports = reports;
        this.findings = findings;
    }

    /** Re-counts the tenant's figures for the month, inside the transaction that changed them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(YearMonth month) {
        String period = month.toString();
        rollups.set(HOUSES, Rollups.CURRENT, houses.countByActiveTrue());
        perUnit(month).forEach((indicator, units) -> rollups.set(indicator, period,
                units.stream().mapToLong(UnitCount::getTotal).sum()));
        rollups.set(PERSONS_REPORTED, period, reports.countPersonsReported(month.atDay(1)));
    }

    @Override
    public List<String> indicators() {
        return List.of(REPORTS_DUE, REPORTS_RECEIVED, REPORTS_MISSING, PERSONS_UNREPORTED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        perUnit(month).forEach((indicator, units) -> units.forEach(unit ->
                counts.add(indicator, unit.getUnit(), unit.getTotal())));
    }

    /** The month's figures per unit of the house, by indicator: the one count behind the totals and the unit rows. */
    private Map<String, List<UnitCount>> perUnit(YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        return Map.of(REPORTS_DUE, houses.countOwingReports(first, last),
                REPORTS_RECEIVED, reports.countByMonth(first),
                REPORTS_MISSING, houses.countMissingReports(first, last),
                PERSONS_UNREPORTED, findings.countUnreportedIn(first, last));
    }

    /**
     * The figures summed over the subtree of {@code root} (itself included). A tenant with houses but nothing
     * recorded in the month owes a report for each of its houses.
     */
    public Figures of(TenantCode root, YearMonth month) {
        String period = month.toString();
        Map<TenantCode, Long> houseCounts = rollups.valuesIn(root, HOUSES, Rollups.CURRENT);
        Map<TenantCode, Long> due = rollups.valuesIn(root, REPORTS_DUE, period);
        long reportsDue = houseCounts.entrySet().stream()
                .mapToLong(e -> due.getOrDefault(e.getKey(), e.getValue())).sum();
        return new Figures(sum(houseCounts), reportsDue, sum(rollups.valuesIn(root, REPORTS_RECEIVED, period)),
                sum(rollups.valuesIn(root, PERSONS_REPORTED, period)),
                sum(rollups.valuesIn(root, PERSONS_UNREPORTED, period)));
    }

    private static long sum(Map<TenantCode, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }
}
