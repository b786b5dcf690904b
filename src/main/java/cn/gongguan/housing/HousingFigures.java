package cn.gongguan.housing;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.rollup.Rollups;
import java.time.YearMonth;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing figures of a tenant, kept on the rollup path (DESIGN.md) so that the township and the county read them
 * for their whole subtree without touching a committee's schema: rental houses, reports due and received in a month,
 * persons reported, and persons found in sweeps who had not been reported.
 */
@Service
public class HousingFigures {

    static final String HOUSES = "rental_houses";
    static final String REPORTS_DUE = "reports_due";
    static final String REPORTS_RECEIVED = "reports_received";
    static final String PERSONS_REPORTED = "persons_reported";
    static final String PERSONS_UNREPORTED = "persons_found_unreported";

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
        rollups.set(REPORTS_DUE, period, houses.countOwingReports(month.atDay(1), month.atEndOfMonth()));
        rollups.set(REPORTS_RECEIVED, period, reports.countByMonth(month.atDay(1)));
        rollups.set(PERSONS_REPORTED, period, reports.countPersonsReported(month.atDay(1)));
        rollups.set(PERSONS_UNREPORTED, period, findings.countUnreportedIn(month.atDay(1), month.atEndOfMonth()));
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
