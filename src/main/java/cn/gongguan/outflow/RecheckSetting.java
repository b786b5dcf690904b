package cn.gongguan.outflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/** The township's re-check setting: the day of the month by which the lists should be marked (the 25th at first). */
@Entity
@Table(name = "recheck_setting")
public class RecheckSetting {

    @Id
    private short id;
    @Version
    private long version;
    private int dueDay;
    private Instant updatedAt;
    @Column(length = 64)
    private String updatedBy;

    protected RecheckSetting() {
    }

    void dueDay(int day, String by, Instant now) {
        this.dueDay = day;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The day of the month; a day past a month's end means that month's last day. */
    public int getDueDay() {
        return dueDay;
    }

    /** The due day in a month. */
    public LocalDate dueOn(YearMonth month) {
        return month.atDay(Math.min(dueDay, month.lengthOfMonth()));
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
