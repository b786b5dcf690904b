package cn.gongguan.housing;

import cn.gongguan.platform.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The plan of a tenant's periodic rental-house sweeps: a sweep every N months, the periods counted from the first day
 * of a starting month. A tenant has one plan at most. Which sweeps are done, due and overdue is derived from the plan
 * and the days sweeps were recorded on, never stored.
 */
@Entity
@Table(name = "sweep_plan")
public class SweepPlan {

    /** The one row of the tenant. */
    private static final int ID = 1;

    @Id
    private int id = ID;
    @Version
    private long version;
    private int everyMonths;
    private LocalDate startsOn;
    @Column(length = HousingLimits.SWEEP_PLAN_NOTE_LENGTH)
    private String note;
    @Column(length = TextLimit.ACTOR)
    private String updatedBy;
    private Instant updatedAt;

    protected SweepPlan() {
    }

    SweepPlan(int everyMonths, YearMonth start, String note, String by, Instant at) {
        change(everyMonths, start, note, by, at);
    }

    void change(int everyMonths, YearMonth start, String note, String by, Instant at) {
        this.everyMonths = everyMonths;
        this.startsOn = start.atDay(1);
        this.note = note;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * The periods from the start to the one {@code asOf} lies in, newest first, with the sweeps recorded on the days
     * given (those after {@code asOf} do not count): a period with a sweep is done, one that ended without is
     * overdue, the current one without is due by its end. Before the start nothing is due.
     */
    public List<SweepPeriod> periods(LocalDate asOf, Collection<LocalDate> sweptDays) {
        NavigableSet<LocalDate> swept = new TreeSet<>(sweptDays);
        List<SweepPeriod> periods = new ArrayList<>();
        for (LocalDate from = startsOn; !from.isAfter(asOf); from = from.plusMonths(everyMonths)) {
            LocalDate to = from.plusMonths(everyMonths).minusDays(1);
            LocalDate last = swept.floor(to.isBefore(asOf) ? to : asOf);
            LocalDate sweptOn = last == null || last.isBefore(from) ? null : last;
            SweepPeriod.State state = sweptOn != null ? SweepPeriod.State.DONE
                    : to.isBefore(asOf) ? SweepPeriod.State.OVERDUE : SweepPeriod.State.DUE;
            periods.addFirst(new SweepPeriod(from, to, state, sweptOn));
        }
        return periods;
    }

    public long getVersion() {
        return version;
    }

    public int getEveryMonths() {
        return everyMonths;
    }

    public YearMonth getStartMonth() {
        return YearMonth.from(startsOn);
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
