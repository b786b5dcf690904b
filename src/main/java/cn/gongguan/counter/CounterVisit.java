package cn.gongguan.counter;

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

/**
 * One service given to a person at the counter: what, when, by whom, and an optional note kept only sealed. A record
 * of what happened, never changed afterwards.
 */
@Entity
@Table(name = "counter_visit")
public class CounterVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long personId;
    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private CounterService service;
    private byte[] noteSealed;
    private LocalDate servedOn;
    private Instant servedAt;
    @Column(length = TextLimit.ACTOR)
    private String servedBy;

    protected CounterVisit() {
    }

    CounterVisit(long personId, CounterService service, LocalDate servedOn, Instant servedAt, String servedBy) {
        this.personId = personId;
        this.service = service;
        this.servedOn = servedOn;
        this.servedAt = servedAt;
        this.servedBy = servedBy;
    }

    void seal(byte[] note) {
        this.noteSealed = note;
    }

    byte[] noteSealed() {
        return noteSealed;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public CounterService getService() {
        return service;
    }

    /** Whether a sealed note was kept; what it says takes a reason to open. */
    public boolean hasNote() {
        return noteSealed != null;
    }

    public LocalDate getServedOn() {
        return servedOn;
    }

    public Instant getServedAt() {
        return servedAt;
    }

    public String getServedBy() {
        return servedBy;
    }
}
