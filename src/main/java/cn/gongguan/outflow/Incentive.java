package cn.gongguan.outflow;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An incentive given to an outflow person (激励措施): recorded once as a service given, never edited. */
@Entity
@Table(name = "incentive")
public class Incentive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long personId;
    @Enumerated(EnumType.STRING)
    @Column(length = TextLimit.ENUM)
    private IncentiveKind kind;
    private LocalDate day;
    @Column(precision = 10, scale = 2)
    private BigDecimal amount;
    @Column(length = IncentiveLimits.NOTE_LENGTH)
    private String note;
    private Instant createdAt;
    @Column(length = TextLimit.ACTOR)
    private String createdBy;

    protected Incentive() {
    }

    /** From details already checked. */
    Incentive(long personId, IncentiveDetails details, String by, Instant now) {
        this.personId = personId;
        this.kind = details.kind();
        this.day = details.day();
        this.amount = details.amount();
        this.note = details.note();
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public IncentiveKind getKind() {
        return kind;
    }

    public LocalDate getDay() {
        return day;
    }

    /** The sum reimbursed, in yuan; null for the incentives that are not money. */
    public BigDecimal getAmount() {
        return amount;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
