package cn.gongguan.outflow;

import cn.gongguan.registry.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person on a re-check list, with the trip they were away on and what the re-check found. */
@Entity
@Table(name = "recheck_entry")
public class RecheckEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "list_id")
    private long listId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trip_id")
    private OutflowTrip trip;

    private boolean discovered;
    @Enumerated(EnumType.STRING)
    @Column(length = RecheckLimits.KIND_LENGTH)
    private RecheckResult result;
    @Column(length = RecheckLimits.NOTE_LENGTH)
    private String note;
    @Column(length = 64)
    private String markedBy;
    private Instant markedAt;

    protected RecheckEntry() {
    }

    /** A person found away during the re-check and added to the list, marked still away at once. */
    RecheckEntry(long listId, OutflowTrip trip, String note, String by, Instant now) {
        this.listId = listId;
        this.person = trip.getPerson();
        this.trip = trip;
        this.discovered = true;
        mark(RecheckResult.STILL_AWAY, note, by, now);
    }

    void mark(RecheckResult result, String note, String by, Instant now) {
        this.result = result;
        this.note = note;
        this.markedBy = by;
        this.markedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getListId() {
        return listId;
    }

    public Person getPerson() {
        return person;
    }

    public OutflowTrip getTrip() {
        return trip;
    }

    /** Added by hand during the re-check (a new or repeated outflow found), not by the month's generation. */
    public boolean isDiscovered() {
        return discovered;
    }

    /** What the re-check found, null while the person is not marked yet. */
    public RecheckResult getResult() {
        return result;
    }

    public boolean isMarked() {
        return result != null;
    }

    public String getNote() {
        return note;
    }

    public String getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
