package cn.gongguan.counter;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counter's log (一站式服务): every service given to a person at the counter, in one place — per person, and the
 * township's list of a day. What was done is in clear; a note is sealed at once and opened only by the roles that
 * open sealed information, for a reason, audited.
 */
@Service
public class CounterVisits {

    /** How many of a person's latest services the counter shows. */
    static final int PERSON_LOG = 10;

    /** A service in the day's log with the person it was given to (the ID number masked, as in every list). */
    public record Entry(CounterVisit visit, String name, String maskedIdNumber) {
    }

    private final CounterVisitRepository visits;
    private final PersonRegistry registry;
    private final CounterNotes notes;
    private final SensitiveReads sensitiveReads;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    CounterVisits(CounterVisitRepository visits, PersonRegistry registry, CounterNotes notes,
                  SensitiveReads sensitiveReads, AuditTrail audit, Clock clock, Today today) {
        this.visits = visits;
        this.registry = registry;
        this.notes = notes;
        this.sensitiveReads = sensitiveReads;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /**
     * Records a service given today to a person of the township, with an optional note sealed at once; refused at the
     * field when no service is chosen or the note is too long.
     */
    @Transactional
    public CounterVisit record(long personId, CounterService service, String note) {
        GongguanUser user = CounterAccess.user("record a service at the counter");
        Person person = person(personId);
        if (service == null) {
            throw new InvalidInputException("service", "validation.required");
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > CounterLimits.NOTE_LENGTH) {
            throw new InvalidInputException("note", "validation.tooLong", CounterLimits.NOTE_LENGTH);
        }
        CounterVisit visit = visits.saveAndFlush(new CounterVisit(person.getId(), service, today.date(),
                clock.instant(), user.getUsername()));
        if (!text.isEmpty()) {
            visit.seal(notes.seal(TenantContext.current(), visit.getId(), text));
        }
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.COUNTER_SERVED, "person:" + personId,
                service.name(), null);
        return visit;
    }

    /** The person's latest services at the counter, newest first. */
    @Transactional(readOnly = true)
    public List<CounterVisit> of(long personId) {
        CounterAccess.user("read the counter's log");
        person(personId);
        return visits.findByPersonIdOrderByServedAtDescIdDesc(personId, PageRequest.of(0, PERSON_LOG));
    }

    /** A page of the services given on a day, newest first, each with its person. */
    @Transactional(readOnly = true)
    public List<Entry> day(LocalDate day, int offset, int limit) {
        CounterAccess.user("read the counter's log");
        int size = Math.max(limit, 1);
        List<CounterVisit> page = visits.findByServedOnOrderByServedAtDescIdDesc(day,
                PageRequest.of(offset / size, size));
        Map<Long, Person> persons = page.stream().map(CounterVisit::getPersonId).distinct()
                .map(registry::find).flatMap(Optional::stream)
                .collect(Collectors.toMap(Person::getId, Function.identity()));
        return page.stream().filter(v -> persons.containsKey(v.getPersonId())).map(v -> {
            Person person = persons.get(v.getPersonId());
            return new Entry(v, person.getName(), person.getIdNumber().masked());
        }).toList();
    }

    @Transactional(readOnly = true)
    public int count(LocalDate day) {
        CounterAccess.user("read the counter's log");
        return (int) visits.countByServedOn(day);
    }

    /**
     * A service's sealed note, opened for a stated reason by a role that may (audited with the person, the service
     * and the reason); empty when none was kept.
     */
    @Transactional
    public String openNote(long visitId, ReadReason reason) {
        CounterAccess.user("read the counter's log");
        CounterVisit visit = visits.findById(visitId)
                .orElseThrow(() -> new AccessDeniedException("No counter visit " + visitId));
        person(visit.getPersonId());
        sensitiveReads.admit("person:" + visit.getPersonId(), "COUNTER_NOTE counter_visit:" + visitId, reason);
        return visit.hasNote() ? notes.open(TenantContext.current(), visitId, visit.noteSealed()) : "";
    }

    private Person person(long personId) {
        return registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId + " here"));
    }
}
