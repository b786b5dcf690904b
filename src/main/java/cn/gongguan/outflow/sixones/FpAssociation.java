package cn.gongguan.outflow.sixones;

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

/** The family-planning association (计生协会) of one village, with which outflow persons sign their contract. */
@Entity
@Table(name = "fp_association")
public class FpAssociation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(name = "org_unit_code", length = TextLimit.CODE)
    private String orgUnit;
    @Column(length = SixOnesLimits.NAME_LENGTH)
    private String name;
    private LocalDate foundedOn;
    @Column(length = SixOnesLimits.CHAIR_LENGTH)
    private String chair;
    @Column(length = SixOnesLimits.PHONE_LENGTH)
    private String phone;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected FpAssociation() {
    }

    FpAssociation(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    void apply(AssociationDetails details, String by, Instant at) {
        this.name = details.name();
        this.foundedOn = details.foundedOn();
        this.chair = details.chair();
        this.phone = details.phone();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public AssociationDetails details() {
        return new AssociationDetails(orgUnit, name, foundedOn, chair, phone);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /** The village's org unit code. */
    public String getOrgUnit() {
        return orgUnit;
    }

    public String getName() {
        return name;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getChair() {
        return chair;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
