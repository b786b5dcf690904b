package cn.gongguan.police;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.workbook.WorkbookImport.Outcome;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The police stations' monthly reports (派出所每月通报). Each station owes one report a month while it reports, as a
 * rental house owes its landlord's ({@link PoliceStationRepository#MISSING}); a report is imported from a file
 * ({@link PoliceImport}) or typed a row at a time, each row matched with the registry ({@link RowMatching}). A row is
 * kept once per report, kind and ID number: the same row again adds nothing. Township administrators and staff work
 * here; the rows hold ID numbers, which lists show masked.
 */
@Service
public class PoliceReports {

    /** How many months, the current one included, a report may still be recorded for. */
    public static final int MONTHS_OPEN = 12;
    static final Set<Role> ROLES = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);

    /** A station's slot for a month: its report, if it came, and how many rows it holds. */
    public record Slot(PoliceStation station, PoliceReport report, long rows) {

        public boolean received() {
            return report != null;
        }
    }

    private final PoliceStationRepository stations;
    private final PoliceReportRepository reports;
    private final ReportRowRepository rows;
    private final RowMatching matching;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    PoliceReports(PoliceStationRepository stations, PoliceReportRepository reports, ReportRowRepository rows,
                  RowMatching matching, AuditTrail audit, Clock clock, Today today) {
        this.stations = stations;
        this.reports = reports;
        this.rows = rows;
        this.matching = matching;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    public YearMonth currentMonth() {
        return today.month();
    }

    /** The slots of the month: each station that owes its report, received or missing, by name. */
    @Transactional(readOnly = true)
    public List<Slot> slots(YearMonth month) {
        user();
        Map<Long, PoliceReport> received = reports.findByMonth(month.atDay(1)).stream()
                .collect(Collectors.toMap(PoliceReport::getStationId, Function.identity()));
        Map<Long, Long> counts = rows.countRowsByReport(month.atDay(1)).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return stations.findOwing(month.atDay(1), month.atEndOfMonth()).stream().map(station -> {
            PoliceReport report = received.get(station.getId());
            return new Slot(station, report, report == null ? 0 : counts.getOrDefault(report.getId(), 0L));
        }).toList();
    }

    /** The stations whose report for the month is missing, by name. */
    @Transactional(readOnly = true)
    public List<PoliceStation> missing(YearMonth month) {
        user();
        return stations.findMissing(month.atDay(1), month.atEndOfMonth());
    }

    /** The rows of a station's report for the month, by day; none when it has not come. */
    @Transactional(readOnly = true)
    public List<ReportRow> rows(long stationId, YearMonth month) {
        user();
        return reports.findByStationIdAndMonth(stationId, month.atDay(1))
                .map(report -> rows.findByReportIdOrderByDayAscIdAsc(report.getId())).orElse(List.of());
    }

    /**
     * Adds a typed row to the station's report for the month (the report counts as received from then on); each
     * wrong field is refused there and nothing is written. The same row twice is refused, naming the first.
     */
    @Transactional
    public ReportRow record(long stationId, YearMonth month, RowInput input) {
        GongguanUser user = user();
        PoliceStation station = station(stationId);
        checkOpen(month);
        RowInput row = check(input, month);
        PoliceReport report = report(station, month, user);
        if (rows.existsByReportIdAndKindAndIdNumber(report.getId(), row.kind(), row.idNumber())) {
            throw new InvalidInputException("idNumber", "police.row.already");
        }
        ReportRow saved = write(station, report, row, user);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.POLICE_REPORT_RECORDED,
                "police_report:" + report.getId(), month + ": " + row.kind() + " " + saved.getOutcome(), null);
        return saved;
    }

    /** Records that the station's report for the month came with nothing to report. */
    @Transactional
    public PoliceReport receivedEmpty(long stationId, YearMonth month) {
        GongguanUser user = user();
        PoliceStation station = station(stationId);
        checkOpen(month);
        PoliceReport report = report(station, month, user);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.POLICE_REPORT_RECORDED,
                "police_report:" + report.getId(), month + ": received", null);
        return report;
    }

    /**
     * Writes rows of an imported file, checked by {@link #check}, all or none; returns what each did. A row the report
     * holds already is left as it is.
     */
    @Transactional
    List<Outcome> writeImported(long stationId, YearMonth month, List<RowInput> checked) {
        GongguanUser user = user();
        PoliceStation station = station(stationId);
        PoliceReport report = report(station, month, user);
        List<Outcome> outcomes = new ArrayList<>(checked.size());
        for (RowInput row : checked) {
            if (rows.existsByReportIdAndKindAndIdNumber(report.getId(), row.kind(), row.idNumber())) {
                outcomes.add(Outcome.UNCHANGED);
            } else {
                write(station, report, row, user);
                outcomes.add(Outcome.ADDED);
            }
        }
        return outcomes;
    }

    /** Whether the row is in the station's report already (written meanwhile by the same file imported twice). */
    @Transactional(readOnly = true)
    boolean holds(long stationId, YearMonth month, RowInput row) {
        return reports.findByStationIdAndMonth(stationId, month.atDay(1))
                .filter(report -> rows.existsByReportIdAndKindAndIdNumber(report.getId(), row.kind(), row.idNumber()))
                .isPresent();
    }

    private ReportRow write(PoliceStation station, PoliceReport report, RowInput row, GongguanUser user) {
        RowMatching.Match match = matching.apply(station, row);
        report.touched(user.getUsername(), clock.instant());
        return rows.save(new ReportRow(report.getId(), row, match.outcome(), match.personId(), user.getUsername(),
                clock.instant()));
    }

    /** The station's report for the month, received today if it had not come. */
    private PoliceReport report(PoliceStation station, YearMonth month, GongguanUser user) {
        Optional<PoliceReport> received = reports.findByStationIdAndMonth(station.getId(), month.atDay(1));
        if (received.isPresent()) {
            return received.get();
        }
        station.reportedFor(month);
        return reports.saveAndFlush(new PoliceReport(station.getId(), month.atDay(1), today.date(),
                user.getUsername(), clock.instant()));
    }

    /**
     * A row as stored, each wrong field refused there: a GB 11643 ID number, a name, a day in the report's month and
     * not after today, and texts within their limits. The import reads the same rules cell by cell.
     */
    RowInput check(RowInput row, YearMonth month) {
        if (row.kind() == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        String idNumber = IdNumber.parse(row.idNumber(), today.date()).value();
        String name = PoliceLimits.ROW_NAME.check(row.name());
        checkDay(row.day(), month);
        return row.with(idNumber, name, PoliceLimits.PLACE.check(row.place()), PoliceLimits.NOTE.check(row.note()));
    }

    void checkDay(LocalDate day, YearMonth month) {
        if (day == null) {
            throw new InvalidInputException("day", "validation.required");
        }
        if (day.isAfter(today.date())) {
            throw new InvalidInputException("day", "police.day.future");
        }
        if (!YearMonth.from(day).equals(month)) {
            throw new InvalidInputException("day", "police.day.outsideMonth", month.toString());
        }
    }

    /** Refuses a month still to come, or one too long ago to be recorded now. */
    void checkOpen(YearMonth month) {
        if (month == null) {
            throw new InvalidInputException("month", "validation.required");
        }
        if (month.isAfter(currentMonth())) {
            throw new InvalidInputException("month", "report.month.future");
        }
        if (month.isBefore(currentMonth().minusMonths(MONTHS_OPEN - 1))) {
            throw new InvalidInputException("month", "report.month.tooEarly", MONTHS_OPEN);
        }
    }

    private PoliceStation station(long stationId) {
        return stations.findById(stationId).orElseThrow(() -> new AccessDeniedException("No station " + stationId));
    }

    /** Whether the logged-in user works on the police reports. */
    public static boolean mayWork() {
        return CurrentUser.find().map(user -> ROLES.contains(user.role())).orElse(false);
    }

    static GongguanUser user() {
        return CurrentUser.inRole(ROLES, "work on police stations' reports");
    }
}
