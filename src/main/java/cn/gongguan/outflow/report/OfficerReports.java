package cn.gongguan.outflow.report;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.DuplicatePersonException;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Information officers' reports (信息员访查、上报) of departures, returns and arrivals in their unit. A level-2 (group)
 * officer's report waits at the village station until the level-1 officer forwards it (汇总上报) or sends it back; a
 * level-1 officer's own goes to the township at once. The township accepts a report (one still at a village station
 * too) — which records it through the outflow trips or the registry, by their rules — or returns it with a reason;
 * the reporter corrects a returned report and submits it again. What an officer reports is checked by the same rules when it is submitted, so that a wrong
 * field is refused at the field there and then; an acceptance the rules still refuse (the person left meanwhile, say)
 * changes nothing and leaves the refusal on the report. Every state change is stamped and audited.
 */
@Service
public class OfficerReports {

    /** Who reports: the information officers of both levels. */
    static final Set<Role> REPORTERS = Role.OFFICERS;
    /** Who keeps a village station: forwards the groups' reports or sends them back. */
    static final Set<Role> STATIONS = EnumSet.of(Role.VILLAGE_OFFICER);
    /** Who accepts or returns the forwarded reports. */
    static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);
    /**
     * The states in which the township decides on a report: forwarded to it, or still waiting at a village station
     * — a village without a level-1 officer (or whose officer is away) would otherwise hold its groups' reports for
     * ever, so the township may take them directly.
     */
    static final Set<ReportState> UNDECIDED = EnumSet.of(ReportState.SUBMITTED, ReportState.FORWARDED);
    /** Every unit's code lies in this range (codes are digits only). */
    private static final String FIRST_UNIT = "";
    private static final String LAST_UNIT = "999999999999999";

    private final OfficerReportRepository reports;
    private final OutflowTrips trips;
    private final PersonRegistry registry;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Today today;

    OfficerReports(OfficerReportRepository reports, OutflowTrips trips, PersonRegistry registry, AuditTrail audit,
                   StaleEdits staleEdits, PlatformTransactionManager transactionManager, Clock clock, Today today) {
        this.reports = reports;
        this.trips = trips;
        this.registry = registry;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.today = today;
    }

    /** The logged-in officer's own reports, latest first. */
    @Transactional(readOnly = true)
    public List<OfficerReport> mine(Pageable page) {
        return reports.findByReportedByOrderByReportedAtDesc(reporter().getUsername(), page);
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return (int) reports.countByReportedBy(reporter().getUsername());
    }

    /** How many of the officer's reports were returned to be corrected. */
    @Transactional(readOnly = true)
    public int countReturnedToMe() {
        return (int) reports.countByReportedByAndState(reporter().getUsername(), ReportState.RETURNED);
    }

    /** The reports of the village's groups waiting at the level-1 officer's station, oldest first. */
    @Transactional(readOnly = true)
    public List<OfficerReport> atStation(Pageable page) {
        String village = station().orgUnit();
        return reports.findInUnits(Set.of(ReportState.SUBMITTED), village, OrgUnits.scopeEnd(village), page);
    }

    @Transactional(readOnly = true)
    public int countAtStation() {
        String village = station().orgUnit();
        return (int) reports.countInUnits(Set.of(ReportState.SUBMITTED), village, OrgUnits.scopeEnd(village));
    }

    /** The reports at the township in the states given, oldest first. */
    @Transactional(readOnly = true)
    public List<OfficerReport> atTownship(Set<ReportState> states, Pageable page) {
        township();
        return reports.findInUnits(states, FIRST_UNIT, LAST_UNIT, page);
    }

    @Transactional(readOnly = true)
    public int countAtTownship(Set<ReportState> states) {
        township();
        return (int) reports.countInUnits(states, FIRST_UNIT, LAST_UNIT);
    }

    /** A report as saved now, for whoever may read it: its reporter, its village station, the township. */
    @Transactional(readOnly = true)
    public Optional<OfficerReport> find(long id) {
        GongguanUser user = CurrentUser.get();
        return reports.findById(id).filter(report -> mayRead(user, report));
    }

    /** Submits an officer's report: to the village station from a group, straight to the township from a village. */
    @Transactional
    public OfficerReport report(ReportInput input) {
        GongguanUser user = reporter();
        Instant now = clock.instant();
        OfficerReport report = new OfficerReport(input.kind(), user.orgUnit(), user.getUsername(), now);
        fill(report, input, user, now);
        reports.save(report);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OFFICER_REPORT_SUBMITTED,
                subject(report), detail(report), null);
        return report;
    }

    /** Submits a returned report again, corrected; refused if the reporter's copy is outdated. */
    @Transactional
    public OfficerReport correct(long id, long version, ReportInput input) {
        GongguanUser user = reporter();
        OfficerReport report = reports.findById(id).filter(r -> r.getReportedBy().equals(user.getUsername()))
                .orElseThrow(() -> new AccessDeniedException("No report " + id + " of " + user.getUsername()));
        StaleEdits.check(version, report.getVersion(), report.getUpdatedBy(), report.getUpdatedAt());
        inState(report, ReportState.RETURNED);
        if (input.kind() != report.getKind()) {
            throw new InvalidInputException("kind", "officerReport.kind.fixed");
        }
        fill(report, input, user, clock.instant());
        written(report);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OFFICER_REPORT_SUBMITTED,
                subject(report), "corrected, " + detail(report), null);
        return report;
    }

    /** Forwards reports waiting at the level-1 officer's station to the township: all or, if one is refused, none. */
    @Transactional
    public List<OfficerReport> forward(Map<Long, Long> versionsById) {
        GongguanUser user = station();
        Instant now = clock.instant();
        List<OfficerReport> forwarded = versionsById.entrySet().stream().map(opened -> {
            OfficerReport report = atOwnStation(user, opened.getKey());
            StaleEdits.check(opened.getValue(), report.getVersion(), report.getUpdatedBy(), report.getUpdatedAt());
            inState(report, ReportState.SUBMITTED);
            report.forward(user.getUsername(), now);
            return report;
        }).toList();
        staleEdits.write(reports::flush, () -> new StaleEditException(null, null));
        forwarded.forEach(report -> audit.record(TenantContext.current(), user.getUsername(),
                AuditAction.OFFICER_REPORT_FORWARDED, subject(report), detail(report), null));
        return forwarded;
    }

    /**
     * Sends a report back to its reporter with the reason: the village station one waiting there, the township one
     * forwarded to it or still waiting at a station.
     */
    @Transactional
    public OfficerReport sendBack(long id, long version, String reason) {
        GongguanUser user = CurrentUser.get();
        OfficerReport report;
        if (TOWNSHIP.contains(user.role())) {
            report = reports.findById(id).orElseThrow(() -> new AccessDeniedException("No report " + id));
            StaleEdits.check(version, report.getVersion(), report.getUpdatedBy(), report.getUpdatedAt());
            inState(report, UNDECIDED);
        } else {
            report = atOwnStation(station(), id);
            StaleEdits.check(version, report.getVersion(), report.getUpdatedBy(), report.getUpdatedAt());
            inState(report, ReportState.SUBMITTED);
        }
        String why = ReportLimits.REASON.check(reason);
        report.sendBack(why, user.getUsername(), clock.instant());
        written(report);
        // the reason stays on the report: free text may tell more about a person than the audit trail should keep
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OFFICER_REPORT_RETURNED,
                subject(report), null, null);
        return report;
    }

    /**
     * Accepts a report forwarded to the township or still waiting at a village station: records the departure, the return or the newcomer by the outflow trips' and the
     * registry's rules, as the township would have. Refused when someone decided on the report meanwhile (naming
     * them), or when those rules refuse it: nothing is recorded then, and the refusal stays on the report for
     * whoever opens it next.
     */
    public OfficerReport accept(long id, long version) {
        GongguanUser user = township();
        try {
            return transactions.execute(status -> accepted(id, version, user));
        } catch (InvalidInputException refusal) {
            if (!(refusal instanceof StaleEditException)) {
                transactions.executeWithoutResult(status -> reports.refused(id, refusal.messageKey(),
                        OfficerReport.storedArgs(refusal.arguments())));
            }
            throw refusal;
        }
    }

    private OfficerReport accepted(long id, long version, GongguanUser user) {
        OfficerReport report = reports.findById(id).orElseThrow(() -> new AccessDeniedException("No report " + id));
        StaleEdits.check(version, report.getVersion(), report.getUpdatedBy(), report.getUpdatedAt());
        inState(report, UNDECIDED);
        Instant now = clock.instant();
        switch (report.getKind()) {
            case DEPARTURE -> {
                OutflowTrip trip = report.getPerson() != null
                        ? trips.departOf(report.getPerson().getId(), report.trip(), TripSource.OFFICER)
                        : trips.depart(report.newcomer(), report.trip(), TripSource.OFFICER);
                report.accepted(trip.getPerson(), trip.getId(), user.getUsername(), now);
            }
            case RETURN -> {
                long personId = report.getPerson().getId();
                OutflowTrip away = trips.openTrip(personId)
                        .orElseThrow(() -> new InvalidInputException("returnDay", "officerReport.notAway"));
                trips.returned(away.getId(), away.getVersion(), report.getReturnDay());
                report.accepted(report.getPerson(), away.getId(), user.getUsername(), now);
            }
            case ARRIVAL -> {
                try {
                    report.accepted(registry.register(report.newcomer()), null, user.getUsername(), now);
                } catch (DuplicatePersonException duplicate) {
                    throw new InvalidInputException("idNumber", "officerReport.registered", duplicate.existingName());
                }
            }
        }
        written(report);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OFFICER_REPORT_ACCEPTED,
                subject(report), detail(report), null);
        return report;
    }

    /** Checks what was reported by the rules the township's acceptance applies, and puts it on the report. */
    private void fill(OfficerReport report, ReportInput input, GongguanUser user, Instant now) {
        Person registered = null;
        PersonDetails newcomer = null;
        TripDetails trip = null;
        LocalDate returnDay = null;
        switch (input.kind()) {
            case DEPARTURE -> {
                if (input.personId() == null) {
                    newcomer = checkedNewcomer(input.newcomer(), FlowType.OUTFLOW);
                    registered = linked(newcomer);
                    newcomer = registered == null ? newcomer : null;
                } else {
                    registered = ofUnit(input.personId());
                }
                LocalDate birth = registered != null ? registered.getBirthDate()
                        : IdNumber.parse(newcomer.getIdNumber(), today.date()).birthDate();
                if (registered != null) {
                    mayLeave(registered);
                }
                trip = trips.check(input.trip(), birth);
            }
            case RETURN -> {
                registered = ofUnit(input.personId());
                OutflowTrip away = trips.openTrip(registered.getId())
                        .orElseThrow(() -> new InvalidInputException("person", "officerReport.notAway"));
                trips.checkReturn(away, input.returnDay());
                returnDay = input.returnDay();
            }
            case ARRIVAL -> {
                PersonDetails details = input.newcomer();
                if (details.getFlowType() != FlowType.INFLOW && details.getFlowType() != FlowType.INTRA_COUNTY) {
                    throw new InvalidInputException("flowType", "officerReport.arrival.flowType");
                }
                if (TenantContext.current().value().equals(details.getRegistrationPlace())) {
                    throw new InvalidInputException("registrationPlace", "officerReport.arrival.registeredHere");
                }
                if (details.getArrivalDate() == null) {
                    throw new InvalidInputException("arrivalDate", "validation.required");
                }
                newcomer = checkedNewcomer(details, details.getFlowType());
                if (!registry.registered(Set.of(newcomer.getIdNumber())).isEmpty()) {
                    throw new InvalidInputException("idNumber", "officerReport.registered.number");
                }
            }
        }
        report.submit(registered, newcomer, trip, returnDay, forwardsOwn(user), user.getUsername(), now);
    }

    /** Someone new, checked as the registry will register them; their ID number as the registry keeps it. */
    private PersonDetails checkedNewcomer(PersonDetails details, FlowType flowType) {
        if (details == null) {
            throw new InvalidInputException("person", "validation.required");
        }
        if (flowType == FlowType.OUTFLOW) {
            // as OutflowTrips.depart registers them: an outflow person whose household is registered here
            details.setRegistrationPlace(TenantContext.current().value());
        }
        details.setFlowType(flowType);
        details.setIdNumber(registry.validate(details).value());
        return details;
    }

    /**
     * A departure reported for someone "new" whose ID number is registered already: the person of the officer's unit
     * it belongs to (whose name must agree); refused when it belongs to another unit, which the officer may not know.
     */
    private Person linked(PersonDetails newcomer) {
        if (registry.registered(Set.of(newcomer.getIdNumber())).isEmpty()) {
            return null;
        }
        Person person = registry.list(new PersonFilter(newcomer.getIdNumber(), null, null, null), PageRequest.of(0, 1))
                .stream().findFirst()
                .orElseThrow(() -> new InvalidInputException("idNumber", "registry.duplicate.elsewhere"));
        if (!person.getName().equals(newcomer.getName() == null ? null : newcomer.getName().strip())) {
            throw new InvalidInputException("name", "person.name.differs", person.getName());
        }
        return person;
    }

    /** A person of the registry the officer may report: one of their own unit, else refused at the person field. */
    private Person ofUnit(Long personId) {
        if (personId == null) {
            throw new InvalidInputException("person", "validation.required");
        }
        return registry.find(personId)
                .orElseThrow(() -> new InvalidInputException("person", "officerReport.person.outOfUnit"));
    }

    /** A person of the registry may leave when their household is registered here and they are not away already. */
    private void mayLeave(Person person) {
        if (!TenantContext.current().value().equals(person.getRegistrationPlace())) {
            throw new InvalidInputException("person", "outflow.registeredElsewhere");
        }
        trips.openTrip(person.getId()).ifPresent(away -> {
            throw new InvalidInputException("person", "outflow.alreadyAway", away.getDepartureDay().toString());
        });
    }

    private OfficerReport atOwnStation(GongguanUser user, long id) {
        return reports.findById(id).filter(r -> atStationOf(user, r))
                .orElseThrow(() -> new AccessDeniedException("No report " + id + " at the station of " + user.orgUnit()));
    }

    private void written(OfficerReport report) {
        long id = report.getId();
        staleEdits.write(reports::flush, () -> reports.findById(id)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
    }

    private static void inState(OfficerReport report, ReportState expected) {
        inState(report, EnumSet.of(expected));
    }

    private static void inState(OfficerReport report, Set<ReportState> expected) {
        if (!expected.contains(report.getState())) {
            throw new InvalidInputException("state", "officerReport.state.changed",
                    report.getUpdatedBy(), report.getUpdatedAt().toString());
        }
    }

    /** A level-1 officer's own report needs no forwarding: they keep the station it would wait at. */
    private static boolean forwardsOwn(GongguanUser user) {
        return STATIONS.contains(user.role());
    }

    private static boolean mayRead(GongguanUser user, OfficerReport report) {
        return TOWNSHIP.contains(user.role()) || report.getReportedBy().equals(user.getUsername())
                || STATIONS.contains(user.role()) && atStationOf(user, report);
    }

    /** Whether the report comes from the officer's village or one of its groups. */
    private static boolean atStationOf(GongguanUser user, OfficerReport report) {
        return user.orgUnit() != null && user.covers(report.getReporterUnit());
    }

    private static GongguanUser reporter() {
        return CurrentUser.inRole(REPORTERS, "report as an information officer");
    }

    private static GongguanUser station() {
        return CurrentUser.inRole(STATIONS, "keep a village station");
    }

    private static GongguanUser township() {
        return CurrentUser.inRole(TOWNSHIP, "accept officers' reports");
    }

    private static String detail(OfficerReport report) {
        return report.getKind() + " → " + report.getState();
    }

    static String subject(OfficerReport report) {
        return "officer_report:" + report.getId();
    }
}
