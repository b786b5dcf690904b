package cn.gongguan.fivestep;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-step method for inflow persons, each step a dated record by a named user. A person is reached through the
 * registry, so its role and village rules hold here too.
 */
@Service
public class FiveSteps {

    private static final int NOTE_LIMIT = 2000;

    private final StepRecordRepository records;
    private final PersonRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;

    FiveSteps(StepRecordRepository records, PersonRegistry registry, AuditTrail audit, Clock clock) {
        this.records = records;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the visit (一访) of a person: the day and what was collected. Refused at the field when the day is in
     * the future or before the person arrived, or nothing collected is said.
     */
    @Transactional
    public StepRecord recordVisit(long personId, LocalDate visitedOn, String collected) {
        Person person = registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId));
        LocalDate today = CountyTime.today(clock);
        if (visitedOn == null) {
            throw new InvalidInputException("doneOn", "validation.required");
        }
        if (visitedOn.isAfter(today) || (person.getArrivalDate() != null && visitedOn.isBefore(person.getArrivalDate()))) {
            throw new InvalidInputException("doneOn", "step.doneOn.invalid");
        }
        if (collected == null || collected.isBlank()) {
            throw new InvalidInputException("note", "step.visit.noteRequired");
        }
        if (collected.strip().length() > NOTE_LIMIT) {
            throw new InvalidInputException("note", "validation.tooLong", NOTE_LIMIT);
        }
        String by = CurrentUser.get().getUsername();
        StepRecord record = records.save(new StepRecord(personId, Step.VISIT, visitedOn, collected.strip(), by,
                clock.instant()));
        audit.record(TenantContext.current(), by, AuditAction.STEP_RECORDED, "person:" + personId, Step.VISIT.name(), null);
        return record;
    }

    /** The records of a person, newest first. */
    @Transactional(readOnly = true)
    public List<StepRecord> records(long personId) {
        registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId));
        return records.findByPersonIdOrderByDoneOnDescIdDesc(personId);
    }

    /** Narrows a registry list to the persons for whom the step has no record yet. */
    public static Specification<Person> open(Step step) {
        return (root, query, cb) -> {
            Subquery<Long> done = query.subquery(Long.class);
            Root<StepRecord> record = done.from(StepRecord.class);
            done.select(record.get("personId"))
                    .where(cb.equal(record.get("step"), step), cb.equal(record.get("personId"), root.get("id")));
            return cb.not(cb.exists(done));
        };
    }
}
