package cn.gongguan.outflow;

import cn.gongguan.exchange.Holding;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.history.Revision;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Phone;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outflow registration and return cancellation (外出登记、返回注销), the first of the four systems for the township's
 * own people who live elsewhere. Each time a person registered here leaves is a trip, closed by their return; a person
 * is away on at most one trip at a time. Every declaration is audited and every correction keeps the earlier version.
 * An information officer reads the trips of their own village (with its groups) or group only.
 */
@Service
public class OutflowTrips {

    /** Who records trips directly; officers report them for the township to accept. */
    static final Set<Role> RECORDERS = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF);
    /** Who reads the outflow list. */
    static final Set<Role> READERS =
            EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER, Role.GROUP_OFFICER);

    private final OutflowTripRepository trips;
    private final PersonRegistry registry;
    private final Divisions divisions;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final History history;
    private final Clock clock;
    private final Today today;
    private final ApplicationEventPublisher events;
    private final PersonIndex index;
    private final DestinationConfirmations confirmations;

    OutflowTrips(OutflowTripRepository trips, PersonRegistry registry, Divisions divisions, AuditTrail audit,
                 StaleEdits staleEdits, History history, Clock clock, Today today, ApplicationEventPublisher events,
                 PersonIndex index, DestinationConfirmations confirmations) {
        this.index = index;
        this.confirmations = confirmations;
        this.trips = trips;
        this.registry = registry;
        this.divisions = divisions;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.history = history;
        this.clock = clock;
        this.today = today;
        this.events = events;
    }

    /** A page of the trips matching the filter, latest departure first. */
    @Transactional(readOnly = true)
    public List<OutflowTrip> list(OutflowFilter filter, Pageable page) {
        Sort order = page.getSort().isSorted() ? page.getSort()
                : Sort.by(Sort.Direction.DESC, "departureDay").and(Sort.by(Sort.Direction.DESC, "id"));
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), order);
        return trips.findBy(scoped(filter).specification(), query -> query.slice(sorted)).getContent();
    }

    @Transactional(readOnly = true)
    public int count(OutflowFilter filter) {
        return (int) trips.count(scoped(filter).specification());
    }

    /** The person's trips, latest first, for a user who may see the person. */
    @Transactional(readOnly = true)
    public List<OutflowTrip> of(long personId) {
        reader();
        registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        return trips.findByPersonIdOrderByDepartureDayDesc(personId);
    }

    /**
     * The person's trips confirmed by the place that recorded them (the person index met them there), oldest first,
     * for a user who may see the person.
     */
    @Transactional(readOnly = true)
    public List<DestinationConfirmations.Confirmation> confirmations(long personId) {
        reader();
        registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        return confirmations.ofPerson(personId);
    }

    /** The trip the person is away on, if any. */
    @Transactional(readOnly = true)
    public Optional<OutflowTrip> openTrip(long personId) {
        return of(personId).stream().filter(OutflowTrip::isOpen).findFirst();
    }

    /** A trip with its person, for a user who may see the person. */
    @Transactional(readOnly = true)
    public Optional<OutflowTrip> find(long tripId) {
        reader();
        return trips.findWithPersonById(tripId).filter(t -> registry.find(t.getPerson().getId()).isPresent());
    }

    /**
     * Declares that a person left: registers them first when the ID number is new here (as an outflow person whose
     * household is registered in this township), else links the person registered, whose name must agree. A person
     * whose household is registered elsewhere is an inflow person here and cannot flow out of this township.
     */
    @Transactional
    public OutflowTrip depart(PersonDetails person, TripDetails trip, TripSource source) {
        return depart(recorder(), person, trip, source);
    }

    /**
     * As {@link #depart}, recorded by {@code user}: the township, or an officer adding an outflow their monthly
     * re-check found ({@link Rechecks} admits them to their own unit's list only; the registry keeps them to it too).
     */
    @Transactional
    OutflowTrip depart(GongguanUser user, PersonDetails person, TripDetails trip, TripSource source) {
        person.setRegistrationPlace(TenantContext.current().value());
        person.setFlowType(FlowType.OUTFLOW);
        // the registry refuses someone registered outside the user's scope
        return departOf(user, registry.arrived(person).getId(), trip, source);
    }

    /** Declares that a person of the registry left (see {@link #depart}). */
    @Transactional
    public OutflowTrip departOf(long personId, TripDetails details, TripSource source) {
        return departOf(recorder(), personId, details, source);
    }

    @Transactional
    OutflowTrip departOf(GongguanUser user, long personId, TripDetails details, TripSource source) {
        Person person = registry.find(personId)
                .orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        if (!TenantContext.current().value().equals(person.getRegistrationPlace())) {
            throw new InvalidInputException("idNumber", "outflow.registeredElsewhere");
        }
        Optional<OutflowTrip> latest = trips.findFirstByPersonIdOrderByDepartureDayDesc(personId);
        if (latest.filter(OutflowTrip::isOpen).isPresent()) {
            throw new InvalidInputException("departureDay", "outflow.alreadyAway",
                    latest.get().getDepartureDay().toString());
        }
        TripDetails checked = check(details, person.getBirthDate());
        if (latest.isPresent() && checked.departureDay().isBefore(latest.get().getReturnDay())) {
            throw new InvalidInputException("departureDay", "outflow.departureDay.beforeReturn",
                    latest.get().getReturnDay().toString());
        }
        registry.flowsOut(personId);
        Instant now = clock.instant();
        OutflowTrip trip = new OutflowTrip(person, latest.isPresent(), source, user.getUsername(), now);
        trip.apply(checked, user.getUsername(), now);
        // two users declaring the same person's departure at once: the second learns who was first
        staleEdits.save(() -> trips.save(trip), () -> meanwhile(personId));
        // away now: meets the township that holds them as inflow, if one does (a repeated outflow meets again)
        index.hold(personId, person.getIdNumber(), person.getName(), Holding.OUTFLOW);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OUTFLOW_DEPARTED, subject(trip),
                (trip.isRepeated() ? "repeated, " : "") + (trip.isOnTime() ? "on time" : "late"), null);
        events.publishEvent(new TripChanged(YearMonth.from(trip.getDepartureDay())));
        return trip;
    }

    /**
     * Corrects a trip opened at {@code version}; refused if anyone saved it since, or if it would overlap the
     * person's previous trip (its own return day keeps it before the next). The trips so keep their order, and with
     * it whether this one is a repeated outflow. The earlier version is kept.
     */
    @Transactional
    public OutflowTrip update(long tripId, long version, TripDetails details) {
        GongguanUser user = recorder();
        OutflowTrip trip = find(tripId).orElseThrow(() -> new AccessDeniedException("No trip " + tripId + " here"));
        StaleEdits.check(version, trip.getVersion(), trip.getUpdatedBy(), trip.getUpdatedAt());
        TripDetails checked = check(details, trip.getPerson().getBirthDate());
        if (trip.getReturnDay() != null && trip.getReturnDay().isBefore(checked.departureDay())) {
            throw new InvalidInputException("departureDay", "outflow.returnDay.beforeDeparture");
        }
        previous(trip).filter(earlier -> checked.departureDay().isBefore(earlier.getReturnDay())).ifPresent(earlier -> {
            throw new InvalidInputException("departureDay", "outflow.departureDay.beforeReturn",
                    earlier.getReturnDay().toString());
        });
        Map<String, String> before = trip.snapshot();
        // a departure moved to another month changes both months' figures, and those between
        events.publishEvent(new TripChanged(YearMonth.from(checked.departureDay().isBefore(trip.getDepartureDay())
                ? checked.departureDay() : trip.getDepartureDay())));
        Instant now = clock.instant();
        trip.apply(checked, user.getUsername(), now);
        staleEdits.write(trips::flush, () -> trips.findById(tripId)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        history.keep(subject(trip), version, Change.between(before, trip.snapshot()), user.getUsername(), now);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OUTFLOW_CHANGED, subject(trip), null, null);
        return trip;
    }

    /** Closes the trip: the person came back on {@code day} (返回注销). */
    @Transactional
    public OutflowTrip returned(long tripId, long version, LocalDate day) {
        return returned(recorder(), tripId, version, day);
    }

    /**
     * As {@link #returned}, recorded by {@code user}: the township, or an officer whose re-check found the person
     * back ({@link Rechecks} closes the trip on their behalf, for their own unit's list only).
     */
    @Transactional
    OutflowTrip returned(GongguanUser user, long tripId, long version, LocalDate day) {
        OutflowTrip trip = find(tripId).orElseThrow(() -> new AccessDeniedException("No trip " + tripId + " here"));
        StaleEdits.check(version, trip.getVersion(), trip.getUpdatedBy(), trip.getUpdatedAt());
        checkReturn(trip, day);
        Map<String, String> before = trip.snapshot();
        Instant now = clock.instant();
        trip.returned(day, user.getUsername(), now);
        staleEdits.write(trips::flush, () -> trips.findById(tripId)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        history.keep(subject(trip), version, Change.between(before, trip.snapshot()), user.getUsername(), now);
        index.hold(trip.getPerson().getId(), trip.getPerson().getIdNumber(), trip.getPerson().getName(),
                Holding.RETURNED);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.OUTFLOW_RETURNED, subject(trip),
                "returned " + day, null);
        events.publishEvent(new TripChanged(YearMonth.from(day)));
        return trip;
    }

    /** The trip's earlier versions, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(long tripId) {
        OutflowTrip trip = find(tripId).orElseThrow(() -> new AccessDeniedException("No trip " + tripId + " here"));
        return history.of(subject(trip));
    }

    /** Whether the logged-in user declares departures and returns (the township does; officers report them). */
    public static boolean mayRecord() {
        return CurrentUser.find().map(user -> RECORDERS.contains(user.role())).orElse(false);
    }

    /**
     * Whether the destination lies in this county: the person is an intra-county mover (县内跨乡), managed by both. An
     * unknown destination (去向不明) is not known to be. The county is the tenant's county, a committee's too (not its
     * township), as {@link OutflowFigures} counts them.
     */
    public static boolean intraCounty(OutflowTrip trip, TenantCode tenant) {
        return trip.getDestination() != null && trip.getDestination().startsWith(tenant.county().value());
    }

    /**
     * Checks a declaration of a departure as {@link #departOf} will, writing nothing, for a person born on the day
     * given: an officer's report is refused at its field before the township reads it. Returns it as it would be
     * stored.
     */
    public TripDetails check(TripDetails details, LocalDate birthDate) {
        LocalDate day = today.date();
        if (details.departureDay() == null) {
            throw new InvalidInputException("departureDay", "validation.required");
        }
        if (details.departureDay().isAfter(day)) {
            throw new InvalidInputException("departureDay", "outflow.day.future");
        }
        if (details.departureDay().isBefore(birthDate)) {
            throw new InvalidInputException("departureDay", "outflow.departureDay.beforeBirth");
        }
        // no destination: nobody knows where they went (去向不明); one given must be a township-level division
        if (details.destination() != null && !divisions.isTownship(details.destination())) {
            throw new InvalidInputException("destination", "outflow.destination.invalid");
        }
        if (TenantContext.current().value().equals(details.destination())) {
            throw new InvalidInputException("destination", "outflow.destination.own");
        }
        String phone = OutflowLimits.DESTINATION_PHONE.check(details.destinationPhone());
        if (!Phone.isBlankOrValid(phone)) {
            throw new InvalidInputException("destinationPhone", "person.phone.invalid");
        }
        if (details.declaredOn() == null) {
            throw new InvalidInputException("declaredOn", "validation.required");
        }
        if (details.declaredOn().isAfter(day)) {
            throw new InvalidInputException("declaredOn", "outflow.day.future");
        }
        return new TripDetails(details.departureDay(), details.destination(),
                OutflowLimits.DESTINATION_ADDRESS.check(details.destinationAddress()),
                OutflowLimits.WORK_UNIT.check(details.workUnit()), phone, details.certificateHeld(),
                OutflowLimits.DECLARED_BY.check(details.declaredBy()), details.declaredOn());
    }

    /** Checks a return on the day given as {@link #returned} will, writing nothing (see {@link #check}). */
    public void checkReturn(OutflowTrip trip, LocalDate day) {
        if (!trip.isOpen()) {
            throw new InvalidInputException("returnDay", "outflow.returnDay.closed", trip.getReturnDay().toString());
        }
        if (day == null) {
            throw new InvalidInputException("returnDay", "validation.required");
        }
        if (day.isBefore(trip.getDepartureDay())) {
            throw new InvalidInputException("returnDay", "outflow.returnDay.beforeDeparture");
        }
        if (day.isAfter(today.date())) {
            throw new InvalidInputException("returnDay", "outflow.day.future");
        }
    }

    /** The person's trip before this one, closed (only the latest trip is ever open). */
    private Optional<OutflowTrip> previous(OutflowTrip trip) {
        List<OutflowTrip> all = trips.findByPersonIdOrderByDepartureDayDesc(trip.getPerson().getId());
        for (int at = 0; at + 1 < all.size(); at++) {
            if (all.get(at).getId().equals(trip.getId())) {
                return Optional.of(all.get(at + 1));
            }
        }
        return Optional.empty();
    }

    private StaleEditException meanwhile(long personId) {
        return trips.findByPersonIdAndReturnDayIsNull(personId)
                .map(open -> new StaleEditException(open.getUpdatedBy(), open.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null));
    }

    /**
     * The filter as the user may apply it: an information officer sees their own village (or group) only, a village
     * officer may narrow it to one of the village's groups.
     */
    private static OutflowFilter scoped(OutflowFilter filter) {
        return filter.withOrgUnit(reader().scope(filter.orgUnit()));
    }

    private static GongguanUser reader() {
        return CurrentUser.inRole(READERS, "read the outflow list");
    }

    private static GongguanUser recorder() {
        return CurrentUser.inRole(RECORDERS, "record outflow trips");
    }

    static String subject(OutflowTrip trip) {
        return "outflow_trip:" + trip.getId();
    }
}
