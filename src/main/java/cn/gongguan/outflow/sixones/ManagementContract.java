package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The management contract (管理合同) of an outflow person with their village's family-planning association. */
@Entity
@Table(name = "management_contract")
public class ManagementContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long personId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "association_id")
    private FpAssociation association;
    private LocalDate signedOn;
    private LocalDate termUntil;
    @Column(length = SixOnesLimits.OBLIGATIONS_LENGTH)
    private String obligations;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected ManagementContract() {
    }

    ManagementContract(long personId) {
        this.personId = personId;
    }

    void apply(FpAssociation association, LocalDate signedOn, LocalDate termUntil, String obligations, String by,
               Instant at) {
        this.association = association;
        this.signedOn = signedOn;
        this.termUntil = termUntil;
        this.obligations = obligations;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** In force on the day: signed by then and its term not over. */
    public boolean inForceOn(LocalDate day) {
        return !signedOn.isAfter(day) && !termUntil.isBefore(day);
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

    public FpAssociation getAssociation() {
        return association;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public LocalDate getTermUntil() {
        return termUntil;
    }

    public String getObligations() {
        return obligations;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
