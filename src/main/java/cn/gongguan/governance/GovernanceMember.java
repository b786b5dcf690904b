package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;
import cn.gongguan.reference.Department;
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

/** A member of the township's governance group (综合治理小组): who, from which department, in which duty. */
@Entity
@Table(name = "governance_member")
public class GovernanceMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Version
    private long version;
    @Column(length = GovernanceLimits.NAME_LENGTH)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private Department department;
    @Column(length = GovernanceLimits.DUTY_LENGTH)
    private String duty;
    @Column(length = GovernanceLimits.PHONE_LENGTH)
    private String phone;
    private LocalDate leftOn;
    private Instant updatedAt;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;

    protected GovernanceMember() {
    }

    void apply(String name, Department department, String duty, String phone, String by, Instant at) {
        this.name = name;
        this.department = department;
        this.duty = duty;
        this.phone = phone;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** The member left the group on the day; kept, no longer counted. */
    void leave(LocalDate day, String by, Instant at) {
        this.leftOn = day;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public GovernanceMemberDetails details() {
        return new GovernanceMemberDetails(name, department, duty, phone);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public String getDuty() {
        return duty;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
