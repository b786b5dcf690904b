package cn.gongguan.housing;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The landlords' monthly reports (房屋出租户月报). Recording one updates the registry: a newcomer already registered is
 * linked and moved to the house, a new one registered as an inflow person awaiting the visit; a departure stays in the
 * report, nothing is deleted. A report can be corrected later with a reason; the version it replaces is kept.
 */
@Service
public class MonthlyReports {

    /** The day of the month from which a missing report is worth a reminder to the landlord. */
    private static final int REMINDER_DAY = 25;
    /** How many months, the current one included, a report may still be recorded or corrected for. */
    public static final int MONTHS_OPEN = 12;

    /**
     * A report as the form opens it: its lines, and the report and version it was read at (null and -1 when not yet
     * recorded).
     */
    public record Draft(RentalHouse house, YearMonth month, List<ReportLine> lines, Long reportId, long version) {
    }

    private final MonthlyReportRepository reports;
    private final ReportRevisionRepository revisions;
    private final RentalHouseRepository houses;
    private final PersonRegistry registry;
    private final Arrivals arrivals;
    private final HousingFigures figures;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    MonthlyReports(MonthlyReportRepository reports, ReportRevisionRepository revisions, RentalHouseRepository houses,
                   PersonRegistry registry, Arrivals arrivals, HousingFigures figures, AuditTrail audit,
                   StaleEdits staleEdits, Clock clock, Today today) {
        this.reports = reports;
        this.revisions = revisions;
        this.houses = houses;
        this.registry = registry;
        this.arrivals = arrivals;
        this.figures = figures;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    public YearMonth currentMonth() {
        return today.month();
    }

    /** The houses whose report for the month is missing, by address. */
    @Transactional(readOnly = true)
    public List<RentalHouse> missing(YearMonth month) {
        RentalHouses.user();
        return houses.findMissingReports(month.atDay(1), month.atEndOfMonth());
    }

    /** The day to remind a landlord of a missing report for the month. */
    public static LocalDate reminderDate(YearMonth month) {
        return month.atDay(REMINDER_DAY);
    }

    @Transactional(readOnly = true)
    public List<MonthlyReport> received(YearMonth month) {
        RentalHouses.user();
        return reports.findByMonthOrderByHouseId(month.atDay(1));
    }

    /**
     * The report of a house for a month as recorded, or — not recorded yet — a draft holding the residents of the
     * house's latest earlier report as staying on.
     */
    @Transactional(readOnly = true)
    public Draft draft(long houseId, YearMonth month) {
        RentalHouses.user();
        checkOpen(month);
        RentalHouse house = houses.findById(houseId).orElseThrow(() -> new AccessDeniedException("No house " + houseId));
        Optional<MonthlyReport> recorded = reports.findByHouseIdAndMonth(houseId, month.atDay(1));
        if (recorded.isPresent()) {
            MonthlyReport report = recorded.get();
            return new Draft(house, month, report.getLines(), report.getId(), report.getVersion());
        }
        List<ReportLine> staying = livingBefore(houseId, month.atDay(1)).stream()
                .map(l -> new ReportLine(l.getPersonId(), Residence.STAYING, null, l.isCertificateChecked()))
                .toList();
        return new Draft(house, month, staying, null, -1);
    }

    /** How many persons live in the house by its latest report. */
    @Transactional(readOnly = true)
    public int residents(long houseId) {
        RentalHouses.user();
        return livingBefore(houseId, currentMonth().plusMonths(1).atDay(1)).size();
    }

    /** The lines of the house's latest report before the day that have the person living there. */
    private List<ReportLine> livingBefore(long houseId, LocalDate day) {
        return reports.findFirstByHouseIdAndMonthLessThanOrderByMonthDesc(houseId, day)
                .map(MonthlyReport::getLines).orElse(List.of()).stream()
                .filter(l -> l.getStatus().livesThere())
                .toList();
    }

    /**
     * Records (version -1) or corrects (the version read, with a reason) the report of a house for a month. Each
     * wrong line is refused at its field ({@code lines[i].field}); nothing is written unless everything is right.
     */
    @Transactional
    public MonthlyReport record(long houseId, YearMonth month, long version, List<LineInput> lines, String reason) {
        String by = RentalHouses.user().getUsername();
        RentalHouse house = houses.findById(houseId).orElseThrow(() -> new AccessDeniedException("No house " + houseId));
        checkOpen(month);
        Optional<MonthlyReport> recorded = reports.findByHouseIdAndMonth(houseId, month.atDay(1));
        StaleEdits.check(version, recorded.map(MonthlyReport::getVersion).orElse(-1L),
                recorded.map(MonthlyReport::getUpdatedBy).orElse(null),
                recorded.map(MonthlyReport::getUpdatedAt).orElse(null));
        String why = reason == null ? "" : reason.strip();
        if (recorded.isPresent() && why.isEmpty()) {
            throw new InvalidInputException("reason", "report.reason.required");
        }
        List<ReportLine> checked = lines(house, month, lines);
        MonthlyReport report = recorded.orElseGet(() -> new MonthlyReport(houseId, month.atDay(1)));
        if (recorded.isPresent()) {
            int replaced = report.getRevision();
            revisions.save(new ReportRevision(report.getId(), replaced, report.revise(), why, by, clock.instant()));
        }
        report.record(today.date(), checked, by, clock.instant());
        YearMonth owedFrom = YearMonth.from(house.getRegisteredOn());
        house.reportedFor(month);
        // Flushes the persons the report moved or registered too: a conflict there names no one (save.meanwhile).
        staleEdits.write(() -> reports.saveAndFlush(report), () -> reports.findByHouseIdAndMonth(houseId, month.atDay(1))
                .filter(saved -> saved.getVersion() != version)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, recorded.isPresent() ? AuditAction.REPORT_CORRECTED
                : AuditAction.REPORT_RECORDED, "house:" + houseId, month.toString(), null);
        for (YearMonth m = month; m.equals(month) || m.isBefore(owedFrom); m = m.plusMonths(1)) {
            figures.refresh(m); // the months the house now owes, if this report is older than its registration
        }
        return report;
    }

    @Transactional(readOnly = true)
    public List<ReportRevision> history(long reportId) {
        RentalHouses.user();
        return revisions.findByReportIdOrderByRevisionDesc(reportId);
    }

    private List<ReportLine> lines(RentalHouse house, YearMonth month, List<LineInput> inputs) {
        List<ReportLine> lines = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            LineInput input = inputs.get(i);
            String at = "lines[" + i + "].";
            if (input.status() == null) {
                throw new InvalidInputException(at + "status", "validation.required");
            }
            LocalDate movedOn = input.movedOn();
            if (input.status() != Residence.STAYING) {
                checkMovedOn(movedOn, month, at);
            }
            Person person = input.personId() != null ? resident(input, at)
                    : arrivals.arrive(house, input.newcomer(), movedOn, input.certificateChecked(), at);
            if (input.status() == Residence.DEPARTED) {
                movedIn(house, person, month).filter(movedOn::isBefore).ifPresent(in -> {
                    throw new InvalidInputException(at + "movedOn", "report.movedOut.beforeMovedIn", in.toString());
                });
            }
            if (!seen.add(person.getId())) {
                throw new InvalidInputException(at + "person", "report.person.repeated", person.getName());
            }
            if (input.status().livesThere()) {
                Optional<MonthlyReport> other = reports.findOtherHousesOf(person.getId(), month.atDay(1), house.getId())
                        .stream().findFirst();
                if (other.isPresent()) {
                    String address = houses.findById(other.get().getHouseId()).map(RentalHouse::getAddress).orElse("");
                    throw new InvalidInputException(at + "person", "report.person.otherHouse", person.getName(), address);
                }
            }
            lines.add(new ReportLine(person.getId(), input.status(),
                    input.status() == Residence.STAYING ? null : movedOn, input.certificateChecked()));
        }
        return lines;
    }

    /** Refuses a month still to come, or one too long ago to be recorded or corrected now. */
    private void checkOpen(YearMonth month) {
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

    private void checkMovedOn(LocalDate movedOn, YearMonth month, String at) {
        if (movedOn == null) {
            throw new InvalidInputException(at + "movedOn", "validation.required");
        }
        if (!YearMonth.from(movedOn).equals(month) || movedOn.isAfter(today.date())) {
            throw new InvalidInputException(at + "movedOn", "report.movedOn.outsideMonth");
        }
    }

    /** The day the person moved into the house by its reports up to the month, else their arrival in the registry. */
    private Optional<LocalDate> movedIn(RentalHouse house, Person person, YearMonth month) {
        return reports.findMoveIns(house.getId(), person.getId(), month.atDay(1)).stream().findFirst()
                .or(() -> Optional.ofNullable(person.getArrivalDate()));
    }

    /** A resident of an earlier report; a newcomer whose certificate the landlord now reports checked is recorded so. */
    private Person resident(LineInput input, String at) {
        Person person = registry.find(input.personId())
                .orElseThrow(() -> new InvalidInputException(at + "person", "report.person.unknown"));
        if (input.status() == Residence.ARRIVED && input.certificateChecked() && !person.isCertificateChecked()) {
            PersonDetails checked = person.details();
            checked.setCertificateChecked(true);
            return registry.arrived(checked);
        }
        return person;
    }
}
