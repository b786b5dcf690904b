package cn.gongguan.housing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * 伏家镇's sweep plan (it keeps rental houses of its own): set by its administrator only, refused at the field when
 * out of range, the periods done and overdue by the sweeps recorded, and the overdue count on the rollup path.
 */
class SweepPlansTest extends UiTest {

    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    SweepPlans plans;
    @Autowired
    Sweeps sweeps;
    @Autowired
    RentalHouses houses;
    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    Today today;

    @AfterEach
    void removeThePlan() {
        logout();
        login("fujia.admin", HomeView.class);
        plans.plan().ifPresent(plan -> plans.remove(plan.getVersion()));
        logout();
    }

    private SweepPlan plan(int everyMonths, LocalDate start) {
        return plans.save(plans.plan().map(SweepPlan::getVersion).orElse(-1L), everyMonths, start, null);
    }

    @Test
    void theAdministratorSetsThePlanAndBadInputIsRefusedAtTheField() {
        login("fujia.admin", HomeView.class);
        YearMonth month = today.month();
        SweepPlan plan = plan(2, month.atDay(17));
        assertThat(plan.getStartMonth()).as("from the month's first day").isEqualTo(month);
        assertThat(plans.plan()).get().extracting(SweepPlan::getEveryMonths).isEqualTo(2);

        long version = plans.plan().orElseThrow().getVersion();
        refusedAt("everyMonths", "sweepPlan.everyMonths.range", () -> plans.save(version, 0, month.atDay(1), null));
        refusedAt("everyMonths", "sweepPlan.everyMonths.range", () -> plans.save(version, 13, month.atDay(1), null));
        refusedAt("everyMonths", "validation.required", () -> plans.save(version, null, month.atDay(1), null));
        refusedAt("startMonth", "sweepPlan.start.tooEarly",
                () -> plans.save(version, 3, month.minusMonths(13).atDay(1), null));
        refusedAt("startMonth", "sweepPlan.start.tooLate",
                () -> plans.save(version, 3, month.plusMonths(13).atDay(1), null));
        refusedAt("startMonth", "validation.required", () -> plans.save(version, 3, null, null));
        refusedAt("note", "validation.tooLong", () -> plans.save(version, 3, month.atDay(1), "注".repeat(501)));
        assertThat(plans.plan()).get().extracting(SweepPlan::getEveryMonths).isEqualTo(2);

        plans.save(version, 4, month.minusMonths(12).atDay(1), "一年前起");
        assertThatThrownBy(() -> plans.save(version, 6, month.atDay(1), null)).as("opened before the change")
                .isInstanceOf(StaleEditException.class);
        assertThat(asOwner().sql("select count(*) from platform.audit_event where tenant_code = '621227101'"
                        + " and action = ? and actor = 'fujia.admin'")
                .param(AuditAction.SWEEP_PLAN_SAVED.name()).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theStaffSeeThePeriodsButDoNotPlanAndNobodyElseSeesThem() {
        login("fujia.admin", HomeView.class);
        plan(5, today.date());
        logout();

        login("fujia.staff", HomeView.class);
        assertThat(plans.periods()).hasSize(1);
        assertThatThrownBy(() -> plan(1, today.date())).isInstanceOf(AccessDeniedException.class);
        logout();
        login("fujia.officer", HomeView.class);
        assertThatThrownBy(() -> plans.periods()).isInstanceOf(AccessDeniedException.class);
        logout();

        login("beijie.clerk", HomeView.class);
        assertThat(plans.plan()).as("the committee's own plan, not 伏家镇's")
                .get().extracting(SweepPlan::getEveryMonths).isNotEqualTo(5);
        assertThatThrownBy(() -> sqlAsTenant(TenantCode.of("621227100001"),
                "select count(*) from t_621227101.sweep_plan")).hasStackTraceContaining("permission denied");
    }

    @Test
    void aMissedPeriodIsOverdueOnThePageTheHomeCardAndTheRollupPath() {
        FigureProbe figures = new FigureProbe(recount, rollups, asOwner());
        login("fujia.admin", HomeView.class);
        YearMonth month = today.month();
        // monthly from two months ago: the month before last is missed, last month is swept, this one is due
        plan(1, month.minusMonths(2).atDay(1));
        String landlord = "62122719600606" + "301";
        RentalHouse house = houses.register(new HouseDetails(null, "伏家计划街 1 号", "计划房东",
                landlord + IdNumber.checkCharacter(landlord), null, 1));
        sweeps.record(month.minusMonths(1).atDay(15), "计划清查员", null, List.of(house.getId()), List.of(),
                (key, args) -> key);

        assertThat(plans.periods()).extracting(SweepPeriod::state).containsExactly(
                SweepPeriod.State.DUE, SweepPeriod.State.DONE, SweepPeriod.State.OVERDUE);
        SweepPlans.Attention attention = plans.attention().orElseThrow();
        assertThat(attention.overdue()).isEqualTo(1);
        boolean dueSoon = ChronoUnit.DAYS.between(today.date(), month.atEndOfMonth()) <= SweepPlans.DUE_SOON_DAYS;
        assertThat(attention.dueSoon() != null).isEqualTo(dueSoon);

        figures.recount();
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month, List.of(SweepFigures.OVERDUE)))
                .containsEntry(SweepFigures.OVERDUE, 1L);
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month.minusMonths(1), List.of(SweepFigures.OVERDUE)))
                .as("as of last month's end").containsEntry(SweepFigures.OVERDUE, 1L);
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month.minusMonths(2), List.of(SweepFigures.OVERDUE)))
                .as("as of the first period's end, still in time").containsEntry(SweepFigures.OVERDUE, 0L);

        plans.save(plans.plan().orElseThrow().getVersion(), 3, month.minusMonths(1).atDay(1), null);
        assertThat(figures.owed(FUJIA)).as("a plan changed marks its months").contains(month.toString());
        figures.recount();
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month, List.of(SweepFigures.OVERDUE)))
                .containsEntry(SweepFigures.OVERDUE, 0L);
    }

    @Test
    void movingOrRemovingThePlanLeavesTheClosedMonthsFiguresAsTheyClosed() {
        FigureProbe figures = new FigureProbe(recount, rollups, asOwner());
        login("fujia.admin", HomeView.class);
        YearMonth month = today.month();
        List<String> overdue = List.of(SweepFigures.OVERDUE);
        // monthly from two months ago, nothing swept: as of last month's end the month before last is overdue; the
        // plan as if it had been set then, so that last month closed with it counted (a plan set marks today's month)
        plan(1, month.minusMonths(2).atDay(1));
        asOwner().sql("insert into platform.figure_owed (tenant_code, period) values (?, ?)")
                .params(FUJIA.value(), month.minusMonths(1).toString()).update();
        figures.recount();
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month.minusMonths(1), overdue))
                .containsEntry(SweepFigures.OVERDUE, 1L);
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month, overdue)).containsEntry(SweepFigures.OVERDUE, 2L);

        plan(1, month.minusMonths(1).atDay(1));
        assertThat(figures.owed(FUJIA)).as("only the current month is owed").containsExactly(month.toString());
        figures.recount();
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month.minusMonths(1), overdue))
                .as("the closed month keeps its figure").containsEntry(SweepFigures.OVERDUE, 1L);
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month, overdue)).containsEntry(SweepFigures.OVERDUE, 1L);

        plans.remove(plans.plan().orElseThrow().getVersion());
        figures.recount();
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month.minusMonths(1), overdue))
                .as("the closed month keeps its figure").containsEntry(SweepFigures.OVERDUE, 1L);
        assertThat(figures.of(FUJIA, UnitCounts.TOTAL, month, overdue)).containsEntry(SweepFigures.OVERDUE, 0L);
    }

    private static void refusedAt(String field, String key, Runnable save) {
        assertThatThrownBy(save::run).as(field + " " + key).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    assertThat(((InvalidInputException) e).field()).isEqualTo(field);
                    assertThat(((InvalidInputException) e).messageKey()).isEqualTo(key);
                });
    }
}
