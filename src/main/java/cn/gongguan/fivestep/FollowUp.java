package cn.gongguan.fivestep;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up of a person scheduled for a day and a user, and, once done, its outcome — in clear — and an optional
 * note, kept only sealed (it may tell of a pregnancy or a contraceptive method).
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long personId;
    @Enumerated(EnumType.STRING)
    private FollowUpKind kind;
    private LocalDate dueOn;
    @Column(length = TextLimit.ACTOR)
    private String assignee;
    private String plan;
    private LocalDate doneOn;
    @Enumerated(EnumType.STRING)
    private FollowUpOutcome outcome;
    private byte[] noteSealed;
    @Column(length = TextLimit.ACTOR)
    private String doneBy;
    private Instant doneAt;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant createdAt;

    protected FollowUp() {
    }

    FollowUp(long personId, FollowUpKind kind, LocalDate dueOn, String assignee, String plan, String createdBy,
             Instant createdAt) {
        this.personId = personId;
        this.kind = kind;
        this.dueOn = dueOn;
        this.assignee = assignee;
        this.plan = plan;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void complete(LocalDate on, FollowUpOutcome outcome, byte[] noteSealed, String by, Instant at) {
        this.doneOn = on;
        this.outcome = outcome;
        this.noteSealed = noteSealed;
        this.doneBy = by;
        this.doneAt = at;
    }

    byte[] noteSealed() {
        return noteSealed;
    }

    /** Whether it is still to be done and its day has passed. */
    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getPersonId() {
        return personId;
    }

    public FollowUpKind getKind() {
        return kind;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getPlan() {
        return plan;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    /** What the follow-up came to; null while it is not done. */
    public FollowUpOutcome getOutcome() {
        return outcome;
    }

    /** Whether a sealed note was kept with the outcome; what it says takes a reason to open. */
    public boolean hasNote() {
        return noteSealed != null;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public boolean isDone() {
        return doneOn != null;
    }
}
