package cn.gongguan.registry;

import cn.gongguan.exchange.Holding;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.platform.Input;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.history.Change;
import cn.gongguan.platform.history.History;
import cn.gongguan.platform.history.Revision;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Phone;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floating-population registry of the user's tenant: one person per ID number, every change audited, and a
 * save based on an outdated copy refused. An information officer works in their own scope only: a level-1 officer on
 * the village and its groups, a level-2 officer on the group.
 */
@Service
public class PersonRegistry {

    /** Rollup indicator: the persons registered in the tenant. */
    public static final String INDICATOR = "persons";
    /** How many ID numbers one lookup asks for. */
    static final int LOOKUP_SLICE = 10_000;
    private static final Set<Role> ROLES = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.TOWNSHIP_STAFF, Role.VILLAGE_OFFICER,
            Role.GROUP_OFFICER, Role.COMMITTEE_CLERK);

    private final PersonRepository persons;
    private final OrgUnits orgUnits;
    private final Divisions divisions;
    private final Rollups rollups;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final History history;
    private final Clock clock;
    private final Today today;
    private final PersonIndex index;
    private final Away away;

    PersonRegistry(PersonRepository persons, OrgUnits orgUnits, Divisions divisions, Rollups rollups,
                   AuditTrail audit, StaleEdits staleEdits, History history, Clock clock, Today today,
                   PersonIndex index, Away away) {
        this.index = index;
        this.away = away;
        this.persons = persons;
        this.orgUnits = orgUnits;
        this.divisions = divisions;
        this.rollups = rollups;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.history = history;
        this.clock = clock;
        this.today = today;
    }

    /** A page of the tenant's persons matching the filter, newest first unless the page says otherwise. */
    @Transactional(readOnly = true)
    public List<Person> list(PersonFilter filter, Pageable page) {
        Sort order = page.getSort().isSorted() ? page.getSort() : Sort.by(Sort.Direction.DESC, "id");
        Pageable sorted = PageRequest.of(page.getPageNumber(), page.getPageSize(), order);
        // A slice, not a page: a page would count the matches again, which the grid does once through count().
        return persons.findBy(scoped(filter).specification(), query -> query.slice(sorted)).getContent();
    }

    @Transactional(readOnly = true)
    public int count(PersonFilter filter) {
        return (int) persons.count(scoped(filter).specification());
    }

    @Transactional(readOnly = true)
    public Optional<Person> find(long id) {
        GongguanUser user = user();
        return persons.findById(id).filter(p -> inScope(user, p));
    }

    /** The person registered here under the ID number, if the user may see them (the counter, a report's rows). */
    @Transactional(readOnly = true)
    public Optional<Person> find(IdNumber idNumber) {
        GongguanUser user = user();
        return persons.findByIdNumber(idNumber.value()).filter(p -> inScope(user, p));
    }

    /**
     * Registers a new person. A wrong field is refused with the reason at that field; an ID number already
     * registered in this tenant is refused with the existing record, which the user is offered instead — unless the
     * record is outside the user's scope: an information officer then learns only that the number is registered in
     * the township, not who it is nor where.
     */
    @Transactional
    public Person register(PersonDetails details) {
        IdNumber idNumber = validate(details);
        Optional<Person> existing = persons.findByIdNumber(idNumber.value());
        if (existing.isPresent()) {
            if (!inScope(user(), existing.get())) {
                throw new InvalidInputException("idNumber", "registry.duplicate.elsewhere");
            }
            throw new DuplicatePersonException(existing.get().getId(), existing.get().getName());
        }
        // two users registering the same number at once: the second learns who registered it, not a database error
        Person person = staleEdits.save(() -> create(details, idNumber), () -> persons.findByIdNumber(idNumber.value())
                .map(other -> new StaleEditException(other.getUpdatedBy(), other.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        index.hold(person.getId(), idNumber, person.getName(), holding(person.getFlowType()));
        rollups.set(INDICATOR, Rollups.CURRENT, persons.count());
        return person;
    }

    /**
     * A person reported by others (a landlord, a sweep). Someone not registered yet is registered from the details by
     * the rules of {@link #register}; someone registered already is linked, never entered twice: the name must agree
     * with the record (else the ID number or the name is wrong), and a certificate checked now is recorded as checked
     * (audited). Someone registered outside the user's scope is refused as {@link #register} refuses them, before
     * the names are compared: else any ID number typed with a made-up name would tell an officer the real one.
     * Where they live is {@link #moved}'s business.
     */
    @Transactional
    public Person arrived(PersonDetails reported) {
        IdNumber idNumber = IdNumber.parse(reported.getIdNumber(), today());
        GongguanUser user = user();
        Optional<Person> registered = persons.findByIdNumber(idNumber.value());
        if (registered.isEmpty()) {
            return register(reported);
        }
        Person person = registered.get();
        if (!inScope(user, person)) {
            throw new InvalidInputException("idNumber", "registry.duplicate.elsewhere");
        }
        if (reported.getName() != null && !reported.getName().isBlank()
                && !reported.getName().strip().equals(person.getName())) {
            throw new InvalidInputException("name", "person.name.differs", person.getName());
        }
        if (reported.isCertificateChecked() && !person.isCertificateChecked()) {
            Map<String, String> before = person.snapshot();
            person.certificateChecked(user.getUsername(), clock.instant());
            kept(person, before, user);
            audit.record(TenantContext.current(), user.getUsername(), AuditAction.PERSON_CHANGED, subject(person),
                    "certificate checked", null);
        }
        return person;
    }

    /**
     * Records that a registered person now lives at the address (and in the village, when one is given): a move
     * within the tenant, audited. Their arrival day and flow type stay: they arrived in the area when they did.
     */
    @Transactional
    public Person moved(long personId, String orgUnit, String address) {
        GongguanUser user = user();
        Person person = find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        String unit = Input.stripped(orgUnit) == null ? person.getOrgUnit() : Input.stripped(orgUnit);
        if (!user.covers(unit)) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.ownVillageOnly");
        }
        String at = PersonLimits.ADDRESS.check(address);
        if (!Objects.equals(person.getAddress(), at) || !Objects.equals(person.getOrgUnit(), unit)) {
            Map<String, String> before = person.snapshot();
            person.moveTo(unit, at, user.getUsername(), clock.instant());
            kept(person, before, user);
            audit.record(TenantContext.current(), user.getUsername(), AuditAction.PERSON_CHANGED, subject(person),
                    "moved to " + person.getAddress(), null);
        }
        return person;
    }

    /**
     * Records that a person registered here has left to live elsewhere: an outflow person of this township from now
     * on, whatever they were recorded as before (audited, the earlier version kept). The trip that called this
     * records the person as away in the person index.
     */
    @Transactional
    public Person flowsOut(long personId) {
        GongguanUser user = user();
        Person person = find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        if (person.getFlowType() != FlowType.OUTFLOW) {
            Map<String, String> before = person.snapshot();
            person.flowsOut(user.getUsername(), clock.instant());
            kept(person, before, user);
            audit.record(TenantContext.current(), user.getUsername(), AuditAction.PERSON_CHANGED, subject(person),
                    "flows out", null);
        }
        return person;
    }

    /** Checks details as {@link #register} would, writing nothing; returns the ID number they hold. */
    @Transactional(readOnly = true)
    public IdNumber validate(PersonDetails details) {
        GongguanUser user = user();
        IdNumber idNumber = IdNumber.parse(details.getIdNumber(), today());
        check(details, idNumber, user);
        return idNumber;
    }

    /**
     * Which of these ID numbers are registered in the tenant already. Asked in slices: the database driver takes at
     * most 65,535 parameters in one statement, and an import may hold more rows than that.
     */
    @Transactional(readOnly = true)
    public Set<String> registered(Collection<String> idNumbers) {
        user();
        List<String> asked = List.copyOf(idNumbers);
        Set<String> registered = new HashSet<>();
        for (int from = 0; from < asked.size(); from += LOOKUP_SLICE) {
            List<String> slice = asked.subList(from, Math.min(asked.size(), from + LOOKUP_SLICE));
            registered.addAll(persons.findIdNumbersIn(slice));
        }
        return registered;
    }

    /**
     * Registers persons already validated, all or none: a failure midway leaves nothing written. The person index
     * learns of them in one statement (one call per person made a 10,000-row import noticeably slower).
     */
    @Transactional
    void registerAll(List<PersonDetails> validated) {
        List<PersonIndex.Entry> held = new ArrayList<>(validated.size());
        for (PersonDetails details : validated) {
            Person person = create(details, IdNumber.parse(details.getIdNumber(), today()));
            held.add(new PersonIndex.Entry(person.getId(), person.getIdNumber(), person.getName(),
                    holding(person.getFlowType())));
        }
        index.holdAll(held);
        rollups.set(INDICATOR, Rollups.CURRENT, persons.count());
    }

    private Person create(PersonDetails details, IdNumber idNumber) {
        GongguanUser user = user();
        Instant now = clock.instant();
        Person person = new Person(idNumber, user.getUsername(), now);
        person.apply(details, user.getUsername(), now);
        // Inserted at once (the id is generated by the database). No flush here: a flush dirty-checks every entity
        // this transaction has loaded, which made registering 10,000 persons in one transaction quadratic.
        persons.save(person);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.PERSON_CREATED, subject(person), null, null);
        return person;
    }

    /** Saves the changes to a person opened at {@code version}; refused if anyone saved it since. */
    @Transactional
    public Person update(long id, long version, PersonDetails details) {
        GongguanUser user = user();
        Person person = find(id).orElseThrow(() -> new AccessDeniedException("No person " + id + " here"));
        StaleEdits.check(version, person.getVersion(), person.getUpdatedBy(), person.getUpdatedAt());
        check(details, person.getIdNumber(), user);
        Map<String, String> before = person.snapshot();
        FlowType flowedAs = person.getFlowType();
        Instant now = clock.instant();
        person.apply(details, user.getUsername(), now);
        staleEdits.write(persons::flush, () -> persons.findById(id)
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        history.keep(subject(person), version, Change.between(before, person.snapshot()), user.getUsername(), now);
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.PERSON_CHANGED, subject(person), null, null);
        if (person.getFlowType() != flowedAs) {
            // made an outflow person again by an edit while a trip of theirs is still open: away, not returned
            index.hold(person.getId(), person.getIdNumber(), person.getName(),
                    person.getFlowType() == FlowType.OUTFLOW && away.isAway(id) ? Holding.OUTFLOW
                            : holding(person.getFlowType()));
        }
        return person;
    }

    /**
     * How the tenant holds a person of this flow type in the person index, as far as the registry knows: an outflow
     * person is away only on a trip, which the outflow registration records in the index itself ({@link Away}).
     */
    public static Holding holding(FlowType flowType) {
        return switch (flowType) {
            case INFLOW -> Holding.INFLOW;
            case INTRA_COUNTY -> Holding.INTRA_COUNTY;
            case OUTFLOW -> Holding.RETURNED;
        };
    }

    /**
     * The person's earlier versions, newest first: who changed which field from what to what, and when. Only for a
     * user who may see the person.
     */
    @Transactional(readOnly = true)
    public List<Revision> history(long personId) {
        Person person = find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
        return history.of(subject(person));
    }

    /** Keeps the version of the person a change by someone else than the form (a report, a sweep) replaced. */
    private void kept(Person person, Map<String, String> before, GongguanUser user) {
        history.keep(subject(person), person.getVersion(), Change.between(before, person.snapshot()),
                user.getUsername(), clock.instant());
    }

    private void check(PersonDetails details, IdNumber idNumber, GongguanUser user) {
        PersonLimits.NAME.check(details.getName());
        PersonLimits.PHONE.check(details.getPhone());
        PersonLimits.ADDRESS.check(details.getAddress());
        PersonLimits.EMPLOYER.check(details.getEmployer());
        PersonLimits.CERTIFICATE_NUMBER.check(details.getCertificateNumber());
        PersonLimits.CERTIFICATE_PLACE.check(details.getCertificatePlace());
        if (!divisions.isTownship(details.getRegistrationPlace())) {
            throw new InvalidInputException("registrationPlace", "person.registrationPlace.required");
        }
        if (!Phone.isBlankOrValid(details.getPhone())) {
            throw new InvalidInputException("phone", "person.phone.invalid");
        }
        String unit = details.getOrgUnit();
        if (!user.covers(unit)) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.ownVillageOnly");
        }
        if (unit != null && !unit.isBlank() && orgUnits.find(unit).isEmpty()) {
            throw new InvalidInputException("orgUnit", "person.orgUnit.unknown");
        }
        LocalDate arrival = details.getArrivalDate();
        if (arrival != null && (arrival.isAfter(today()) || arrival.isBefore(idNumber.birthDate()))) {
            throw new InvalidInputException("arrivalDate", "person.arrivalDate.invalid");
        }
        if (details.getChildren() < 0 || details.getChildren() > 20) {
            throw new InvalidInputException("children", "person.children.invalid");
        }
        if (details.getFlowType() == null) {
            throw new InvalidInputException("flowType", "validation.required");
        }
        if (details.getMaritalStatus() == null) {
            throw new InvalidInputException("maritalStatus", "validation.required");
        }
    }

    /**
     * The filter as the user may apply it: an information officer sees the persons of their own scope only (a village
     * officer may narrow it to one of the village's groups).
     */
    static PersonFilter scoped(PersonFilter filter) {
        return filter.withOrgUnit(user().scope(filter.orgUnit()));
    }

    private static GongguanUser user() {
        return CurrentUser.inRole(ROLES, "keep the registry");
    }

    /** Whether the user may see the person: an information officer only those of their own scope. */
    private static boolean inScope(GongguanUser user, Person person) {
        return user.covers(person.getOrgUnit());
    }

    private static String subject(Person person) {
        return "person:" + person.getId();
    }

    private LocalDate today() {
        return today.date();
    }
}
