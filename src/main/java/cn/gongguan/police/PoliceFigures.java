package cn.gongguan.police;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The police stations' report figures of a township per month, on the rollup path (DESIGN.md): reports due (a station
 * × month, as {@link PoliceStationRepository#OWING} says), received and missing, and the arrivals the reports
 * registered. Stations cover the township, not a village: the figures are the township's totals. A month's figures
 * depend on the month alone, as nothing is dated after today; the tables carry the {@code owe_figures} trigger.
 */
@Component
public class PoliceFigures implements FigureSource {

    public static final String REPORTS_DUE = "police_reports_due";
    public static final String REPORTS_RECEIVED = "police_reports_received";
    /** The reports due and not received, counted as their stations (station × month): items a deduction may count. */
    public static final String REPORTS_MISSING = "police_reports_missing";
    /** Persons the month's reports registered as new arrivals (on the visit worklist from then on). */
    public static final String PERSONS_REGISTERED = "police_persons_registered";

    private final PoliceStationRepository stations;
    private final PoliceReportRepository reports;
    private final ReportRowRepository rows;

    PoliceFigures(PoliceStationRepository stations, PoliceReportRepository reports, ReportRowRepository rows) {
        this.stations = stations;
        this.reports = reports;
        this.rows = rows;
    }

    @Override
    public List<String> indicators() {
        return List.of(REPORTS_DUE, REPORTS_RECEIVED, REPORTS_MISSING, PERSONS_REGISTERED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        counts.addTotal(REPORTS_DUE, stations.countOwing(first, last));
        counts.addTotal(REPORTS_RECEIVED, reports.countByMonth(first));
        counts.addTotal(REPORTS_MISSING, stations.countMissing(first, last));
        Map<RowOutcome, Long> outcomes = rows.outcomes(first);
        counts.addTotal(PERSONS_REGISTERED, outcomes.getOrDefault(RowOutcome.REGISTERED, 0L));
    }
}
