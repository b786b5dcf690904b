package cn.gongguan.enterprise;

import cn.gongguan.platform.TextLimit;
import cn.gongguan.registry.Person;
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

/**
 * One employment on an enterprise's payroll: a registry person hired on a day and, once gone, left on a day. The
 * person, the enterprise and the day hired make it: a list imported again finds it.
 */
@Entity
@Table(name = "enterprise_staff")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    private long enterpriseId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;
    @Column(length = EnterpriseLimits.JOB_LENGTH)
    private String job;
    private LocalDate hiredOn;
    private LocalDate leftOn;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected StaffMember() {
    }

    StaffMember(long enterpriseId, Person person, String job, LocalDate hiredOn, LocalDate leftOn, String by,
                Instant at) {
        this.enterpriseId = enterpriseId;
        this.person = person;
        this.job = job;
        this.hiredOn = hiredOn;
        this.leftOn = leftOn;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Records the day the person left the payroll. */
    void left(LocalDate day, String by, Instant at) {
        this.leftOn = day;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** On the payroll on the day: hired by then and not left before. */
    public boolean employedOn(LocalDate day) {
        return !hiredOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public Person getPerson() {
        return person;
    }

    public String getJob() {
        return job;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }
}
