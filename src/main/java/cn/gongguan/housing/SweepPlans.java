package cn.gongguan.housing;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.StaleEdits;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of the periodic rental-house sweeps (定期清理) of a tenant that keeps rental houses: every N months from a
 * starting month. The committee's clerk or the township's administrator sets it; whoever keeps the houses sees which
 * sweeps are done, due and overdue (derived from the plan and the sweeps recorded, see {@link SweepPlan#periods}).
 * Setting, changing or removing the plan marks the current month's figures only: a closed month keeps the overdue
 * count ({@link SweepFigures}) it closed with, whatever the plan says now.
 */
@Service
public class SweepPlans {

    /** Who sets the plan: the committee's clerk, the township's administrator. */
    static final Set<Role> PLANNERS = EnumSet.of(Role.COMMITTEE_CLERK, Role.TOWNSHIP_ADMIN);
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 12;
    /** How far back a plan may start: a year, so that the overdue periods are a year's at most when it is set. */
    static final int MONTHS_BACK = 12;
    /** How far ahead a plan may start. */
    static final int MONTHS_AHEAD = 12;
    /** The home page speaks of a due sweep this many days before its period ends. */
    public static final int DUE_SOON_DAYS = 7;

    /** What the home page says: the sweeps overdue, and the current one when it is due soon. */
    public record Attention(long overdue, SweepPeriod dueSoon) {
    }

    private final SweepPlanRepository plans;
    private final SweepRepository sweeps;
    private final EntityManager entityManager;
    private final StaleEdits staleEdits;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    SweepPlans(SweepPlanRepository plans, SweepRepository sweeps, EntityManager entityManager, StaleEdits staleEdits,
               AuditTrail audit, Clock clock, Today today) {
        this.plans = plans;
        this.sweeps = sweeps;
        this.entityManager = entityManager;
        this.staleEdits = staleEdits;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Optional<SweepPlan> plan() {
        RentalHouses.user();
        return plans.findAll().stream().findFirst();
    }

    /** The periods of the plan up to the current one, newest first; none without a plan. */
    @Transactional(readOnly = true)
    public List<SweepPeriod> periods() {
        RentalHouses.user();
        return periods(today.date());
    }

    /** What needs attention now: empty when nothing is overdue and the current sweep is not due within days. */
    @Transactional(readOnly = true)
    public Optional<Attention> attention() {
        RentalHouses.user();
        LocalDate day = today.date();
        List<SweepPeriod> periods = periods(day);
        long overdue = periods.stream().filter(p -> p.state() == SweepPeriod.State.OVERDUE).count();
        SweepPeriod dueSoon = periods.stream().filter(p -> p.state() == SweepPeriod.State.DUE
                && ChronoUnit.DAYS.between(day, p.to()) <= DUE_SOON_DAYS).findFirst().orElse(null);
        return overdue == 0 && dueSoon == null ? Optional.empty() : Optional.of(new Attention(overdue, dueSoon));
    }

    /** The sweeps overdue on the day by the plan, for the figures (no user: the recount runs as the system). */
    @Transactional(readOnly = true)
    long overdueOn(LocalDate day) {
        return overduePeriodsOn(day).size();
    }

    /** The periods {@link #overdueOn} counts, oldest first: the records behind the figure. */
    @Transactional(readOnly = true)
    List<SweepPeriod> overduePeriodsOn(LocalDate day) {
        return periods(day).stream().filter(p -> p.state() == SweepPeriod.State.OVERDUE).toList();
    }

    private List<SweepPeriod> periods(LocalDate asOf) {
        return plans.findAll().stream().findFirst()
                .map(plan -> plan.periods(asOf, sweeps.sweptDaysFrom(plan.getStartMonth().atDay(1))))
                .orElse(List.of());
    }

    /**
     * Sets the plan (opened at {@code version}; -1 when there was none): a sweep every {@code everyMonths} months from
     * the month of {@code start}. A wrong field is refused there; a plan saved meanwhile by someone else is stale.
     */
    @Transactional
    public SweepPlan save(long version, Integer everyMonths, LocalDate start, String note) {
        String by = planner().getUsername();
        if (everyMonths == null) {
            throw new InvalidInputException("everyMonths", "validation.required");
        }
        if (everyMonths < MIN_MONTHS || everyMonths > MAX_MONTHS) {
            throw new InvalidInputException("everyMonths", "sweepPlan.everyMonths.range", MIN_MONTHS, MAX_MONTHS);
        }
        YearMonth month = checkStart(start);
        String checkedNote = HousingLimits.SWEEP_PLAN_NOTE.check(note);
        Optional<SweepPlan> stored = plans.findAll().stream().findFirst();
        SweepPlan plan;
        if (stored.isPresent()) {
            plan = stored.get();
            StaleEdits.check(version, plan.getVersion(), plan.getUpdatedBy(), plan.getUpdatedAt());
            plan.change(everyMonths, month, checkedNote, by, clock.instant());
        } else if (version != -1) {
            throw new StaleEditException(null, null); // removed meanwhile
        } else {
            plan = new SweepPlan(everyMonths, month, checkedNote, by, clock.instant());
            entityManager.persist(plan);
        }
        staleEdits.write(entityManager::flush, () -> plans.findAll().stream().findFirst()
                .map(saved -> new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt()))
                .orElseGet(() -> new StaleEditException(null, null)));
        audit.record(TenantContext.current(), by, AuditAction.SWEEP_PLAN_SAVED, "sweep_plan",
                "every " + everyMonths + " months from " + month, null);
        return plan;
    }

    /** Removes the plan opened at {@code version}: no sweep is due by it any more; the sweeps recorded stay. */
    @Transactional
    public void remove(long version) {
        String by = planner().getUsername();
        SweepPlan plan = plans.findAll().stream().findFirst().orElseThrow(() -> new StaleEditException(null, null));
        StaleEdits.check(version, plan.getVersion(), plan.getUpdatedBy(), plan.getUpdatedAt());
        plans.delete(plan);
        staleEdits.write(entityManager::flush, () -> new StaleEditException(null, null));
        audit.record(TenantContext.current(), by, AuditAction.SWEEP_PLAN_SAVED, "sweep_plan", "removed", null);
    }

    /** A start in the months a plan may start in, refused at the field otherwise. */
    private YearMonth checkStart(LocalDate start) {
        if (start == null) {
            throw new InvalidInputException("startMonth", "validation.required");
        }
        YearMonth month = YearMonth.from(start);
        YearMonth now = today.month();
        if (month.isBefore(now.minusMonths(MONTHS_BACK))) {
            throw new InvalidInputException("startMonth", "sweepPlan.start.tooEarly",
                    now.minusMonths(MONTHS_BACK).toString());
        }
        if (month.isAfter(now.plusMonths(MONTHS_AHEAD))) {
            throw new InvalidInputException("startMonth", "sweepPlan.start.tooLate",
                    now.plusMonths(MONTHS_AHEAD).toString());
        }
        return month;
    }

    /** Whether the logged-in user sets the plan (for showing the editor). */
    public static boolean mayPlan() {
        return CurrentUser.find().map(user -> PLANNERS.contains(user.role())).orElse(false);
    }

    private static GongguanUser planner() {
        return CurrentUser.inRole(PLANNERS, "plan the sweeps");
    }
}
