package cn.gongguan.outflow;

import cn.gongguan.platform.Labelled;
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

/**
 * Work a re-check result calls for, open until the township has done it. Kept here rather than as a five-step
 * follow-up ({@code fivestep.FollowUps}): those are the inflow method's 三跟踪, assigned to whoever schedules them
 * (here an officer) with health outcomes, and a done one marks a five-step step, which outflow persons do not have.
 * A certificate is the township's to issue, and a verification request goes to the destination through the exchange.
 */
@Entity
@Table(name = "recheck_finding")
public class RecheckFinding {

    /** The kind of work. */
    public enum Kind implements Labelled {
        /** The person is away without the marriage-and-childbearing certificate: the township sees to one. */
        CERTIFICATE_FOLLOW_UP,
        /** Contact lost or not found: a verification request (协查) to send to the destination. */
        VERIFICATION_REQUEST;

        @Override
        public String labelKey() {
            return "recheck.finding." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "entry_id")
    private long entryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(length = RecheckLimits.KIND_LENGTH)
    private Kind kind;
    private Instant openedAt;
    @Column(length = 64)
    private String openedBy;
    private Instant closedAt;
    @Column(length = 64)
    private String closedBy;

    protected RecheckFinding() {
    }

    RecheckFinding(RecheckEntry entry, Kind kind, String by, Instant now) {
        this.entryId = entry.getId();
        this.person = entry.getPerson();
        this.kind = kind;
        this.openedBy = by;
        this.openedAt = now;
    }

    void close(String by, Instant now) {
        this.closedBy = by;
        this.closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEntryId() {
        return entryId;
    }

    public Person getPerson() {
        return person;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
