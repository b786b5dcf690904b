package cn.gongguan.outflow;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly re-check (定期清查) of the township's outflow persons: each org unit's list for the month (made by
 * {@link RecheckJob}), marked person by person by the unit's officer or the township; the outflows found meanwhile
 * added to it; each unit's progress for the township, late units first; the work the findings call for. An officer
 * works on the lists of their own unit only (a village officer: the village and its groups). An officer's mark
 * "returned" closes the trip on their behalf (the township sees who closed it in the trip's history and the audit
 * trail), as does an outflow they add: the re-check is where the township learns of them.
 */
@Service
public class Rechecks {

    /** Rollup indicators, per month: persons on the month's lists, of them marked, org units late. */
    public static final String DUE = "recheck_due";
    public static final String DONE = "recheck_done";
    public static final String UNITS_LATE = "recheck_units_late";

    /** Who marks the lists (each officer their own unit's). */
    static final Set<Role> MARKERS =
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER, Role.GROUP_OFFICER);
    /** Who sees every unit's progress and the findings' work. */
    static final Set<Role> TOWNSHIP = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);

    /** One unit's list of a month and how far it is marked. */
    public record Progress(long listId, String orgUnitCode, LocalDate dueOn, long onList, long marked, boolean late) {

        /** Late: past the due day (as of {@code today}) and not complete. */
        static Progress of(long listId, String orgUnitCode, LocalDate dueOn, long onList, long marked,
                           LocalDate today) {
            return new Progress(listId, orgUnitCode, dueOn, onList, marked, marked < onList && dueOn.isBefore(today));
        }

        public boolean complete() {
            return marked >= onList;
        }
    }

    private final RecheckListRepository lists;
    private final RecheckEntryRepository entries;
    private final RecheckFindingRepository findings;
    private final RecheckSettingRepository settings;
    private final RecheckFigures figures;
    private final OutflowTrips trips;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;
    private final Today today;

    Rechecks(RecheckListRepository lists, RecheckEntryRepository entries, RecheckFindingRepository findings,
             RecheckSettingRepository settings, RecheckFigures figures, OutflowTrips trips, AuditTrail audit,
             StaleEdits staleEdits, Clock clock, Today today) {
        this.lists = lists;
        this.entries = entries;
        this.findings = findings;
        this.settings = settings;
        this.figures = figures;
        this.trips = trips;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
        this.today = today;
    }

    /** The township's due day. */
    @Transactional(readOnly = true)
    public RecheckSetting setting() {
        marker();
        return settings.current();
    }

    /**
     * Sets the day of the month by which the lists are due (1–31; past a month's end, its last day), for the
     * current month's lists too; earlier months keep theirs. Refused if someone set it since {@code version}.
     */
    @Transactional
    public RecheckSetting setDueDay(long version, Integer day) {
        GongguanUser user = CurrentUser.inRole(EnumSet.of(Role.TOWNSHIP_ADMIN), "set the re-check's due day");
        RecheckSetting setting = settings.current();
        StaleEdits.check(version, setting.getVersion(), setting.getUpdatedBy(), setting.getUpdatedAt());
        if (day == null) {
            throw new InvalidInputException("dueDay", "validation.required");
        }
        if (day < 1 || day > 31) {
            throw new InvalidInputException("dueDay", "recheck.dueDay.invalid");
        }
        setting.dueDay(day, user.getUsername(), clock.instant());
        staleEdits.write(settings::flush, () -> {
            RecheckSetting saved = settings.current();
            return new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt());
        });
        YearMonth month = today.month();
        lists.moveDueDay(month.atDay(1), setting.dueOn(month));
        figures.refresh(month);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.RECHECK_DUE_DAY_SET, "recheck_setting",
                "due day " + day, null);
        return setting;
    }

    /** The months that have lists, latest first. */
    @Transactional(readOnly = true)
    public List<YearMonth> months() {
        marker();
        return lists.months().stream().map(YearMonth::from).toList();
    }

    /**
     * Each unit's progress for the month that the user may see (an officer: their own unit's), late units first
     * (past the due day and not complete), then those not complete, then the complete ones, each by unit.
     */
    @Transactional(readOnly = true)
    public List<Progress> progress(YearMonth month) {
        GongguanUser user = marker();
        return figures.lists(month).stream()
                .filter(list -> inScope(user, list.orgUnitCode()))
                .sorted(Comparator.comparing((Progress p) -> !p.late()).thenComparing(Progress::complete)
                        .thenComparing(Progress::orgUnitCode))
                .toList();
    }

    /** How far one list the user may see is marked: its two counts only, not the whole month's. */
    @Transactional(readOnly = true)
    public Progress progressOf(long listId) {
        RecheckList list = reachable(listId, marker());
        return Progress.of(listId, list.getOrgUnitCode(), list.getDueOn(), entries.countByListId(listId),
                entries.countByListIdAndResultIsNotNull(listId), today.date());
    }

    /** A list the user may see; refused for another unit's (an officer) or none here. */
    @Transactional(readOnly = true)
    public RecheckList list(long listId) {
        return reachable(listId, marker());
    }

    /** The current month's list of the officer's own unit, if any. */
    @Transactional(readOnly = true)
    public Optional<RecheckList> ownList() {
        GongguanUser user = marker();
        return user.orgUnit() == null ? Optional.empty()
                : lists.findByMonthOrderByOrgUnitCode(today.month().atDay(1)).stream()
                        .filter(l -> l.getOrgUnitCode().equals(user.orgUnit())).findFirst();
    }

    /**
     * A page of the list, those not marked yet first, then by name. A search (the start of a name or of an ID
     * number) that finds nobody is refused at the field: that person is not on this list.
     */
    @Transactional(readOnly = true)
    public List<RecheckEntry> entries(long listId, String search, Pageable page) {
        reachable(listId, marker());
        String text = search == null ? "" : search.strip();
        if (text.matches("\\d+[xX]?")) {
            text = text.toUpperCase(java.util.Locale.ROOT);
        }
        List<RecheckEntry> found = entries.page(listId, text.isEmpty() ? "" : escape(text) + "%", page);
        if (!text.isEmpty() && found.isEmpty() && page.getPageNumber() == 0) {
            throw new InvalidInputException("search", "recheck.notOnList", text);
        }
        return found;
    }

    /**
     * Marks a person on the current month's list with what the re-check found, opened at {@code version}. A person
     * not on the list is refused; "returned" closes the trip on {@code returnDay} and is final; a result may otherwise
     * be corrected. The work a result calls for is opened (and open work the corrected result no longer calls for
     * is withdrawn).
     */
    @Transactional
    public RecheckEntry mark(long listId, long personId, long version, RecheckResult result, String note,
                             LocalDate returnDay) {
        GongguanUser user = marker();
        RecheckList list = current(reachable(listId, user), "result");
        RecheckEntry entry = entries.findByListIdAndPersonId(listId, personId)
                .orElseThrow(() -> new InvalidInputException("person", "recheck.notOnList", "#" + personId));
        StaleEdits.check(version, entry.getVersion(), entry.getMarkedBy(), entry.getMarkedAt());
        if (result == null) {
            throw new InvalidInputException("result", "validation.required");
        }
        if (entry.getResult() == RecheckResult.RETURNED) {
            throw new InvalidInputException("result", "recheck.returnedFinal");
        }
        String text = RecheckLimits.NOTE.check(note);
        OutflowTrip trip = entry.getTrip();
        if (result == RecheckResult.RETURNED && trip.isOpen()) {
            trips.returned(user, trip.getId(), trip.getVersion(), returnDay);
        }
        Instant now = clock.instant();
        entry.mark(result, text, user.getUsername(), now);
        staleEdits.write(entries::flush, () -> entries.findById(entry.getId())
                .map(saved -> new StaleEditException(saved.getMarkedBy(), saved.getMarkedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        openWork(entry, result, user.getUsername(), now);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.RECHECK_MARKED,
                "person:" + personId, list.getMonth() + " " + result.name(), null);
        figures.refresh(list.getMonth());
        return entry;
    }

    /**
     * Adds an outflow the re-check found to the current month's list: someone not registered yet, or registered and
     * back from an earlier trip (a repeated outflow), declared as leaving with {@link TripSource#RECHECK} and living
     * in the list's unit. They are marked still away at once: the officer has just learnt where they are. Someone on
     * a list of the month already keeps that entry (the new trip is on next month's list).
     */
    @Transactional
    public OutflowTrip addDiscovered(long listId, PersonDetails person, TripDetails details) {
        GongguanUser user = marker();
        RecheckList list = current(reachable(listId, user), "idNumber");
        boolean ownUnit = !list.getOrgUnitCode().equals(TenantContext.current().value());
        person.setOrgUnit(ownUnit ? list.getOrgUnitCode() : null);
        OutflowTrip trip = trips.depart(user, person, details, TripSource.RECHECK);
        if (!entries.onAListOf(list.getMonth().atDay(1), trip.getPerson().getId())) {
            entries.save(new RecheckEntry(listId, trip, null, user.getUsername(), clock.instant()));
            figures.refresh(list.getMonth());
        }
        return trip;
    }

    /** The work the findings call for that nobody has done yet, oldest first. */
    @Transactional(readOnly = true)
    public List<RecheckFinding> openFindings(Pageable page) {
        township();
        return findings.open(page);
    }

    @Transactional(readOnly = true)
    public long countOpenFindings() {
        township();
        return findings.countByClosedAtIsNull();
    }

    /** Records a finding's work as done (a certificate seen to, a verification request sent), opened at version. */
    @Transactional
    public RecheckFinding closeFinding(long findingId, long version) {
        GongguanUser user = township();
        RecheckFinding finding = findings.findById(findingId)
                .orElseThrow(() -> new AccessDeniedException("No finding " + findingId + " here"));
        StaleEdits.check(version, finding.getVersion(), finding.getClosedBy(), finding.getClosedAt());
        if (!finding.isOpen()) {
            throw new StaleEditException(finding.getClosedBy(), finding.getClosedAt());
        }
        finding.close(user.getUsername(), clock.instant());
        staleEdits.write(findings::flush, () -> findings.findById(findingId)
                .map(saved -> new StaleEditException(saved.getClosedBy(), saved.getClosedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        return finding;
    }

    /** Whether the logged-in user sees every unit's progress and the findings (the township). */
    public static boolean isTownship() {
        return CurrentUser.find().map(user -> TOWNSHIP.contains(user.role())).orElse(false);
    }

    /**
     * Opens the work the result calls for and withdraws open work of another kind. An entry holds at most one finding
     * of each kind: one the township has done already this month is not opened again.
     */
    private void openWork(RecheckEntry entry, RecheckResult result, String by, Instant now) {
        Optional<RecheckFinding.Kind> wanted = result.finding();
        List<RecheckFinding> existing = findings.findByEntryId(entry.getId());
        List<RecheckFinding> withdrawn = existing.stream()
                .filter(f -> f.isOpen() && wanted.filter(k -> k == f.getKind()).isEmpty()).toList();
        if (!withdrawn.isEmpty()) {
            findings.deleteAll(withdrawn);
            findings.flush();
        }
        wanted.filter(kind -> existing.stream().noneMatch(f -> f.getKind() == kind))
                .ifPresent(kind -> findings.save(new RecheckFinding(entry, kind, by, now)));
    }

    private RecheckList current(RecheckList list, String field) {
        if (!list.getMonth().equals(today.month())) {
            throw new InvalidInputException(field, "recheck.monthClosed", list.getMonth().toString());
        }
        return list;
    }

    private RecheckList reachable(long listId, GongguanUser user) {
        return lists.findById(listId).filter(list -> inScope(user, list.getOrgUnitCode()))
                .orElseThrow(() -> new AccessDeniedException("No re-check list " + listId + " for " + user.getUsername()));
    }

    /** The township sees every list; a village officer the village's and its groups', a group officer the group's. */
    private static boolean inScope(GongguanUser user, String unit) {
        return user.covers(unit);
    }

    private static GongguanUser marker() {
        return CurrentUser.inRole(MARKERS, "work on the monthly re-check");
    }

    private static GongguanUser township() {
        return CurrentUser.inRole(TOWNSHIP, "see the re-check's findings");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
