package cn.gongguan.outflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * One org unit's re-check list for a month (定期清查): written by the monthly generation's SQL (see
 * {@link RecheckGeneration}), read here. Its due day is the township's setting when it was made, moved with it.
 */
@Entity
@Table(name = "recheck_list")
public class RecheckList {

    @Id
    private Long id;
    private LocalDate month;
    @Column(length = RecheckLimits.UNIT_CODE_LENGTH)
    private String orgUnitCode;
    private LocalDate dueOn;
    private Instant generatedAt;

    protected RecheckList() {
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMonth() {
        return YearMonth.from(month);
    }

    /** The village, community or group; the township's own code for persons of no org unit. */
    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    /** The day by which every person on the list should be marked. */
    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }
}
