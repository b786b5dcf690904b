package cn.gongguan.housing;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A rental-house sweep (拉网式清理): a day on which named staff went through a set of houses. */
@Entity
@Table(name = "sweep")
public class Sweep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private LocalDate sweptOn;
    @Column(length = HousingLimits.STAFF_LENGTH)
    private String staff;
    private String note;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;
    private Instant createdAt;

    protected Sweep() {
    }

    Sweep(LocalDate sweptOn, String staff, String note, String createdBy, Instant createdAt) {
        this.sweptOn = sweptOn;
        this.staff = staff;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getSweptOn() {
        return sweptOn;
    }

    public String getStaff() {
        return staff;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
