package cn.gongguan.fivestep;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every step shares: the person is reached through the registry (so its role and village rules hold), a day
 * of work is neither in the future nor before the person arrived, notes are bounded, and each step done becomes a
 * dated, audited record by the user.
 */
@Component
class StepLog {


    private final StepRecordRepository records;
    private final PersonRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    StepLog(StepRecordRepository records, PersonRegistry registry, AuditTrail audit, Clock clock, Today today) {
        this.records = records;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** The person, if the user may work on them; refused otherwise (another village, another tenant, no such id). */
    Person person(long personId) {
        return registry.find(personId).orElseThrow(() -> new AccessDeniedException("No person " + personId));
    }

    LocalDate today() {
        return today.date();
    }

    String user() {
        return CurrentUser.get().getUsername();
    }

    /** Refuses at {@code field} a day of work in the future or before the person arrived. */
    void checkDay(Person person, LocalDate day, String field) {
        if (day == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (day.isAfter(today()) || (person.getArrivalDate() != null && day.isBefore(person.getArrivalDate()))) {
            throw new InvalidInputException(field, "step.doneOn.invalid");
        }
    }

    /** The text stripped; refused at {@code field} when required and blank, or when too long. */
    static String note(String text, String field, String requiredKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() && requiredKey != null) {
            throw new InvalidInputException(field, requiredKey);
        }
        if (stripped.length() > FiveStepLimits.NOTE_LENGTH) {
            throw new InvalidInputException(field, "validation.tooLong", FiveStepLimits.NOTE_LENGTH);
        }
        return stripped;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    StepRecord record(long personId, Step step, LocalDate on, String note) {
        return record(personId, step, on, note, null);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    StepRecord record(long personId, Step step, LocalDate on, String note, Delivery delivered) {
        String by = user();
        StepRecord record = records.save(new StepRecord(personId, step, on, note, by, clock.instant())
                .delivering(delivered));
        audit.record(TenantContext.current(), by, AuditAction.STEP_RECORDED, "person:" + personId, step.name(), null);
        return record;
    }

    boolean isDone(long personId, Step step) {
        return records.existsByPersonIdAndStep(personId, step);
    }
}
