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
import java.time.Instant;
import java.time.LocalDate;

/** One step of the five-step method done for a person: when, by whom, and what was done or collected. */
@Entity
@Table(name = "step_record")
public class StepRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    @Enumerated(EnumType.STRING)
    private Step step;
    private LocalDate doneOn;
    private String note;
    @Column(length = TextLimit.ACTOR)
    private String recordedBy;
    private Instant recordedAt;
    @Enumerated(EnumType.STRING)
    private Delivery delivered;

    protected StepRecord() {
    }

    StepRecord(long personId, Step step, LocalDate doneOn, String note, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.step = step;
        this.doneOn = doneOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    StepRecord delivering(Delivery what) {
        this.delivered = what;
        return this;
    }

    /** For a delivery, what was delivered; otherwise null. */
    public Delivery getDelivered() {
        return delivered;
    }

    public long getPersonId() {
        return personId;
    }

    public Step getStep() {
        return step;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
