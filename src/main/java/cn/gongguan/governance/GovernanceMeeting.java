package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting of the township's governance group: the day, who attended, what was decided. */
@Entity
@Table(name = "governance_meeting")
public class GovernanceMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private LocalDate heldOn;
    @Column(length = GovernanceLimits.ATTENDEES_LENGTH)
    private String attendees;
    private String decisions;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected GovernanceMeeting() {
    }

    void apply(GovernanceMeetingDetails details, String by, Instant at) {
        this.heldOn = details.heldOn();
        this.attendees = details.attendees();
        this.decisions = details.decisions();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public GovernanceMeetingDetails details() {
        return new GovernanceMeetingDetails(heldOn, attendees, decisions);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
