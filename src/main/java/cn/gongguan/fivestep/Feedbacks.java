package cn.gongguan.fivestep;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.IndexTasks;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.Origin;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.registry.Person;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 五反馈: a person's marriage-and-childbearing situation reported, through the exchange, to the township (from a
 * village, community or residents' committee) and to the household-registration place, each answer due within
 * {@value Exchange#ANSWER_WORKING_DAYS} working days. What is reported is an outcome chosen from a list, in clear,
 * and an optional note that is sealed: it may tell of a pregnancy or a contraceptive method.
 */
@Service
public class Feedbacks {

    private final StepLog steps;
    private final Exchange exchange;
    private final IndexTasks indexTasks;

    Feedbacks(StepLog steps, Exchange exchange, IndexTasks indexTasks) {
        this.steps = steps;
        this.exchange = exchange;
        this.indexTasks = indexTasks;
    }

    /**
     * Sends the feedback on a person to both places (once if they are the same) and records the step; the note is
     * required for {@link FeedbackOutcome#OTHER}. Whoever sends feedback may write the note, an information officer
     * too, though only the roles that open sealed information can read it back.
     */
    @Transactional
    public void send(long personId, FeedbackOutcome outcome, String note) {
        Person person = steps.person(personId);
        if (outcome == null) {
            throw new InvalidInputException("outcome", "validation.required");
        }
        String text = StepLog.note(note, "note", outcome == FeedbackOutcome.OTHER ? "feedback.note.required" : null);
        for (String addressee : addressees(person)) {
            exchange.send(MessageKind.FEEDBACK, addressee, person.getName(), person.getIdNumber(), outcome, text);
            // the task the person index opened from that place about the person is answered by the same feedback
            indexTasks.answer(addressee, person.getIdNumber(), outcome, text);
        }
        steps.record(personId, Step.FEEDBACK, steps.today(), outcome.name());
    }

    /** The sealed note of feedback sent, opened for a reason by a role that may, audited (see {@link Exchange#openNote}). */
    @Transactional
    public String openNote(long messageId, ReadReason reason) {
        return exchange.openNote(messageId, reason);
    }

    /** The person index's tasks about the person this tenant owes feedback on (answered by {@link #send}). */
    @Transactional(readOnly = true)
    public List<Message> owed(long personId) {
        return indexTasks.owed(steps.person(personId).getIdNumber());
    }

    /**
     * The feedback sent on a person so far, with the answers received (not the person index's tasks, which no one
     * here wrote: an intra-county mover's task to their registration township is sent in this tenant's name).
     */
    @Transactional(readOnly = true)
    public List<Message> sent(long personId) {
        return exchange.sentAbout(steps.person(personId).getIdNumber()).stream()
                .filter(message -> message.kind() == MessageKind.FEEDBACK && message.origin() != Origin.MATCH)
                .toList();
    }

    /**
     * The township — when the feedback comes from an information officer or a residents' committee, not from the
     * township's own staff — then the person's household-registration place, unless that is where it comes from.
     */
    static Set<String> addressees(Person person) {
        TenantCode tenant = TenantContext.current();
        Set<String> addressees = new LinkedHashSet<>();
        if (tenant.kind() == TenantKind.COMMITTEE || Role.OFFICERS.contains(CurrentUser.get().role())) {
            addressees.add(tenant.parent().filter(township -> tenant.kind() == TenantKind.COMMITTEE).orElse(tenant).value());
        }
        if (!person.getRegistrationPlace().equals(tenant.value())) {
            addressees.add(person.getRegistrationPlace());
        }
        return addressees;
    }
}
