package cn.gongguan.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportRowRepository extends JpaRepository<ReportRow, Long> {

    List<ReportRow> findByReportIdOrderByDayAscIdAsc(long reportId);

    boolean existsByReportIdAndKindAndIdNumber(long reportId, RowKind kind, String idNumber);

    /** The rows of the month's reports by what they did: persons registered, trips closed and so on. */
    @Query("""
            select w.outcome, count(w) from ReportRow w, PoliceReport r
            where w.reportId = r.id and r.month = :month group by w.outcome""")
    List<Object[]> countOutcomes(LocalDate month);

    /** {@link #countOutcomes} as a map. */
    default Map<RowOutcome, Long> outcomes(LocalDate month) {
        return countOutcomes(month).stream()
                .collect(Collectors.toMap(row -> (RowOutcome) row[0], row -> (Long) row[1]));
    }

    /** How many rows each of the month's reports holds, by report. */
    @Query("""
            select w.reportId, count(w) from ReportRow w, PoliceReport r
            where w.reportId = r.id and r.month = :month group by w.reportId""")
    List<Object[]> countRowsByReport(LocalDate month);
}
