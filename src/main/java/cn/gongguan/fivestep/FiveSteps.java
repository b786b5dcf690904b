package cn.gongguan.fivestep;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.KeyGroup;
import cn.gongguan.registry.Person;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The five-step method for inflow persons, each step a dated record by a named user: the visit (一访) and the
 * delivery (二送) are recorded here; follow-ups, archives and feedback have their own services and mark their step
 * when done.
 */
@Service
public class FiveSteps {

    /**
     * How many calendar days after a person arrived — or was registered, when that was later — their visit (一访) is
     * due. The policy asks for a timely visit (及时走访) without a number of days; a week is what the townships work to,
     * and the visit comes before the delivery and the feedback, which has its own limit of working days.
     */
    public static final int VISIT_DAYS = 7;

    private final StepRecordRepository records;
    private final StepLog steps;
    private final WorkingDays workingDays;

    FiveSteps(StepRecordRepository records, StepLog steps, WorkingDays workingDays) {
        this.records = records;
        this.steps = steps;
        this.workingDays = workingDays;
    }

    /**
     * Records the visit (一访) of a person: the day and what was collected. Refused at the field when the day is in
     * the future or before the person arrived, or nothing collected is said.
     */
    @Transactional
    public StepRecord recordVisit(long personId, LocalDate visitedOn, String collected) {
        Person person = steps.person(personId);
        steps.checkDay(person, visitedOn, "doneOn");
        return steps.record(personId, Step.VISIT, visitedOn, StepLog.note(collected, "note", "step.visit.noteRequired"));
    }

    /**
     * Records the delivery (二送): the service card, and — for a woman of childbearing age without a checked
     * marriage-and-childbearing certificate — the notice, which is then required.
     */
    @Transactional
    public StepRecord recordDelivery(long personId, LocalDate deliveredOn, boolean noticeDelivered, String note) {
        Person person = steps.person(personId);
        steps.checkDay(person, deliveredOn, "doneOn");
        boolean needsNotice = needsNotice(person, deliveredOn);
        if (needsNotice && !noticeDelivered) {
            throw new InvalidInputException("notice", "step.deliver.noticeRequired");
        }
        return steps.record(personId, Step.DELIVER, deliveredOn, StepLog.note(note, "note", null),
                needsNotice ? Delivery.CARD_AND_NOTICE : Delivery.SERVICE_CARD);
    }

    /**
     * The day the visit (一访) of a person living here is due — {@value #VISIT_DAYS} days after they arrived or were
     * registered, whichever was later, as the visits figures count it — or empty when visited or not living here.
     */
    @Transactional(readOnly = true)
    public Optional<LocalDate> visitDue(long personId) {
        Person person = steps.person(personId);
        if (person.getFlowType() == FlowType.OUTFLOW || steps.isDone(personId, Step.VISIT)) {
            return Optional.empty();
        }
        LocalDate registered = LocalDate.ofInstant(person.getCreatedAt(), CountyTime.ZONE);
        LocalDate from = person.getArrivalDate() == null || person.getArrivalDate().isBefore(registered) ? registered
                : person.getArrivalDate();
        return Optional.of(from.plusDays(VISIT_DAYS));
    }

    /** Whether the person is to receive the certificate notice: a woman of childbearing age without a checked certificate. */
    public static boolean needsNotice(Person person, LocalDate on) {
        return KeyGroup.WITHOUT_CERTIFICATE.includes(person, on);
    }

    /** The records of a person, newest first. */
    @Transactional(readOnly = true)
    public List<StepRecord> records(long personId) {
        steps.person(personId);
        return records.findByPersonIdOrderByDoneOnDescIdDesc(personId);
    }

    /** The checklist of a person: for each step its latest record, or none while the step is open. */
    @Transactional(readOnly = true)
    public Map<Step, Optional<StepRecord>> checklist(long personId) {
        Map<Step, Optional<StepRecord>> checklist = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            checklist.put(step, Optional.empty());
        }
        for (StepRecord record : records(personId)) {
            if (checklist.get(record.getStep()).isEmpty()) {
                checklist.put(record.getStep(), Optional.of(record));
            }
        }
        return checklist;
    }

    /**
     * When the feedback on a visited person is due: {@value Exchange#ANSWER_WORKING_DAYS}
     * working days after the first visit. Empty before the visit.
     */
    @Transactional(readOnly = true)
    public Optional<Deadline> feedbackDue(long personId) {
        return records(personId).stream().filter(r -> r.getStep() == Step.VISIT)
                .map(StepRecord::getDoneOn).min(LocalDate::compareTo)
                .map(visited -> workingDays.deadline(visited, Exchange.ANSWER_WORKING_DAYS));
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
