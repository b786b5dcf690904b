package cn.gongguan.fivestep;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三跟踪: follow-ups of a person scheduled for a day and a user, and each user's worklist of what is due or overdue.
 * A follow-up done is recorded with its outcome, chosen from a list and kept in clear, and an optional note, kept only
 * sealed and opened like the reproductive-health archive (a role that needs it, a reason, audited); the first one done
 * marks the step.
 */
@Service
public class FollowUps {

    /** How far ahead the worklist looks: what falls due within a week is shown with what is overdue. */
    public static final int WORKLIST_DAYS_AHEAD = 7;

    private final FollowUpRepository followUps;
    private final StepLog steps;
    private final FollowUpNotes notes;
    private final SensitiveReads sensitiveReads;
    private final AuditTrail audit;
    private final StaleEdits staleEdits;
    private final Clock clock;

    FollowUps(FollowUpRepository followUps, StepLog steps, FollowUpNotes notes, SensitiveReads sensitiveReads,
              AuditTrail audit, StaleEdits staleEdits, Clock clock) {
        this.followUps = followUps;
        this.steps = steps;
        this.notes = notes;
        this.sensitiveReads = sensitiveReads;
        this.audit = audit;
        this.staleEdits = staleEdits;
        this.clock = clock;
    }

    /** Schedules a follow-up of a person for the current user; the day may not be in the past. */
    @Transactional
    public FollowUp schedule(long personId, FollowUpKind kind, LocalDate dueOn, String plan) {
        steps.person(personId);
        if (kind == null) {
            throw new InvalidInputException("kind", "validation.required");
        }
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "validation.required");
        }
        if (dueOn.isBefore(steps.today())) {
            throw new InvalidInputException("dueOn", "followUp.dueOn.past");
        }
        String text = StepLog.note(plan, "plan", "followUp.plan.required");
        String by = steps.user();
        FollowUp followUp = followUps.save(new FollowUp(personId, kind, dueOn, by, text, by, clock.instant()));
        audit.record(TenantContext.current(), by, AuditAction.FOLLOW_UP_SCHEDULED, "person:" + personId, kind.name(), null);
        return followUp;
    }

    /**
     * Records a follow-up opened at {@code version} as done on a day with its outcome — one of those of its kind — and
     * an optional note, sealed at once (required for {@link FollowUpOutcome#OTHER}); refused if someone recorded it
     * since. Whoever does the follow-up may write the note, a village officer too, though only the roles that open
     * sealed information can read it back.
     */
    @Transactional
    public void complete(long followUpId, long version, LocalDate doneOn, FollowUpOutcome outcome, String note) {
        FollowUp followUp = reachable(followUpId);
        StaleEdits.check(version, followUp.getVersion(), followUp.getDoneBy(), followUp.getDoneAt());
        if (followUp.isDone()) {
            throw new StaleEditException(followUp.getDoneBy(), followUp.getDoneAt());
        }
        var person = steps.person(followUp.getPersonId());
        steps.checkDay(person, doneOn, "doneOn");
        if (outcome == null || !FollowUpOutcome.of(followUp.getKind()).contains(outcome)) {
            throw new InvalidInputException("outcome", "validation.required");
        }
        String text = StepLog.note(note, "note", outcome == FollowUpOutcome.OTHER ? "followUp.note.required" : null);
        followUp.complete(doneOn, outcome, text.isEmpty() ? null
                : notes.seal(TenantContext.current(), followUp.getId(), text), steps.user(), clock.instant());
        staleEdits.write(followUps::flush, () -> followUps.findById(followUpId)
                .map(saved -> new StaleEditException(saved.getDoneBy(), saved.getDoneAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        steps.record(person.getId(), Step.FOLLOW_UP, doneOn, stepNote(followUp));
    }

    /**
     * A follow-up's sealed note, opened for a stated reason by a role that may (audited with the person, the
     * follow-up and the reason); empty when none was kept.
     */
    @Transactional
    public String openNote(long followUpId, ReadReason reason) {
        FollowUp followUp = reachable(followUpId);
        sensitiveReads.admit("person:" + followUp.getPersonId(), "FOLLOW_UP_NOTE follow_up:" + followUpId, reason);
        return followUp.hasNote() ? notes.open(TenantContext.current(), followUpId, followUp.noteSealed()) : "";
    }

    /** The follow-up, if its person is one the user may work on. */
    private FollowUp reachable(long followUpId) {
        FollowUp followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new AccessDeniedException("No follow-up " + followUpId));
        steps.person(followUp.getPersonId());
        return followUp;
    }

    /** The person's follow-ups, latest day first. */
    @Transactional(readOnly = true)
    public List<FollowUp> of(long personId) {
        steps.person(personId);
        return followUps.findByPersonIdOrderByDueOnDesc(personId);
    }

    /** The person's follow-ups of the kind not done yet, by anyone. */
    @Transactional(readOnly = true)
    public List<FollowUp> open(long personId, FollowUpKind kind) {
        return of(personId).stream().filter(f -> f.getKind() == kind && !f.isDone()).toList();
    }

    /** What the current user still has to do, due within {@link #WORKLIST_DAYS_AHEAD} days or overdue, oldest first. */
    @Transactional(readOnly = true)
    public List<FollowUp> worklist() {
        return followUps.findByAssigneeAndDoneOnIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(steps.user(),
                steps.today().plusDays(WORKLIST_DAYS_AHEAD)).stream()
                .filter(f -> isReachable(f.getPersonId()))
                .toList();
    }

    private boolean isReachable(long personId) {
        try {
            steps.person(personId);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The step's record says what was done in clear terms only; the note stays with the follow-up, sealed. */
    private static String stepNote(FollowUp followUp) {
        return followUp.getKind().name() + ": " + followUp.getOutcome().name();
    }
}
