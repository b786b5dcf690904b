package cn.gongguan.fivestep;

import static cn.gongguan.fivestep.FiveStepFigures.DELIVER_DONE;
import static cn.gongguan.fivestep.FiveStepFigures.DUE;
import static cn.gongguan.fivestep.FiveStepFigures.FOLLOW_UP_DONE;
import static cn.gongguan.fivestep.FiveStepFigures.VISITS_OVERDUE;
import static cn.gongguan.fivestep.FiveStepFigures.VISITS_PENDING;
import static cn.gongguan.fivestep.FiveStepFigures.VISIT_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The five-step completion per unit and month counts each step from the day it was done, among those living here. */
class FiveStepFiguresTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String FANLENG = "621227100201";
    private static final List<String> FIGURES = new FiveStepFigures(null).indicators();

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    Today today;

    private FigureProbe figures;

    @BeforeEach
    void countEverythingDueAsStaff() {
        figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        login("chengguan.staff", HomeView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    private Person register(String name, LocalDate birth, LocalDate arrival, FlowType flow) {
        PersonDetails details = PersonFixtures.details(name, PersonFixtures.newIdNumber(birth, Sex.MALE));
        details.setOrgUnit(FANLENG);
        details.setArrivalDate(arrival);
        details.setFlowType(flow);
        return registry.register(details);
    }

    private Map<String, Long> unit(YearMonth month) {
        return figures.of(CHENGGUAN, FANLENG, month, FIGURES);
    }

    private Map<String, Long> total(YearMonth month) {
        return figures.of(CHENGGUAN, UnitCounts.TOTAL, month, FIGURES);
    }

    @Test
    void theStepsDoneCountAmongThePersonsLivingHereAndAVisitWaitingAWeekIsOverdue() {
        YearMonth month = today.month();
        Map<String, Long> unitBefore = unit(month);
        Map<String, Long> totalBefore = total(month);

        Person visited = register("五步走访", LocalDate.of(1981, 3, 4), today.date(), FlowType.INFLOW);
        fiveSteps.recordVisit(visited.getId(), today.date(), "核实了住址和工作单位");
        fiveSteps.recordDelivery(visited.getId(), today.date(), false, null);
        Person waiting = register("五步待访", LocalDate.of(1981, 3, 5), today.date(), FlowType.INTRA_COUNTY);
        Person away = register("五步外出", LocalDate.of(1981, 3, 6), today.date(), FlowType.OUTFLOW);
        fiveSteps.recordVisit(away.getId(), today.date(), "外出人员不在本地居住，不计入");
        figures.recount();

        Map<String, Long> expected = Map.of(DUE, 2L, VISIT_DONE, 1L, DELIVER_DONE, 1L, FOLLOW_UP_DONE, 0L,
                VISITS_PENDING, 1L, VISITS_OVERDUE, 0L);
        assertThat(figures.since(unitBefore, CHENGGUAN, FANLENG, month, FIGURES)).containsAllEntriesOf(expected);
        assertThat(figures.since(totalBefore, CHENGGUAN, UnitCounts.TOTAL, month, FIGURES))
                .containsAllEntriesOf(expected);

        // registered and arrived more than a week ago, still not visited: overdue
        asOwner().sql("""
                        update t_621227100.person set created_at = created_at - interval '8 days',
                               arrival_date = arrival_date - 8 where id = ?""")
                .param(waiting.getId()).update();
        Map<String, Long> beforeOverdue = unit(month);
        figures.recount();
        assertThat(figures.since(beforeOverdue, CHENGGUAN, FANLENG, month, FIGURES))
                .containsEntry(VISITS_PENDING, 0L).containsEntry(VISITS_OVERDUE, 1L);
    }

    @Test
    void aVisitEnteredLateCountsInTheMonthItWasMadeAndAClosedMonthKeepsItsFigures() {
        YearMonth arrived = today.month().minusMonths(2);
        YearMonth visitedIn = arrived.plusMonths(1);
        Map<String, Long> arrivedBefore = unit(arrived);
        Map<String, Long> visitedBefore = unit(visitedIn);
        Map<String, Long> nowBefore = unit(today.month());

        Person person = register("五步补录", LocalDate.of(1981, 3, 7), arrived.atDay(5), FlowType.INFLOW);
        figures.recount();
        fiveSteps.recordVisit(person.getId(), visitedIn.atDay(3), "补录上月的走访");
        assertThat(figures.owed(CHENGGUAN)).containsExactly(visitedIn.toString(), today.month().toString());
        figures.recount();

        // registered only now: waiting for the visit in the months before it was made, but not overdue then
        assertThat(figures.since(arrivedBefore, CHENGGUAN, FANLENG, arrived, FIGURES)).containsAllEntriesOf(
                Map.of(DUE, 1L, VISIT_DONE, 0L, VISITS_PENDING, 1L, VISITS_OVERDUE, 0L));
        assertThat(figures.since(visitedBefore, CHENGGUAN, FANLENG, visitedIn, FIGURES)).containsAllEntriesOf(
                Map.of(DUE, 1L, VISIT_DONE, 1L, VISITS_PENDING, 0L, DELIVER_DONE, 0L));

        Map<String, Long> visitedClosed = unit(visitedIn);
        fiveSteps.recordDelivery(person.getId(), today.date(), false, null);
        assertThat(figures.owed(CHENGGUAN)).containsExactly(today.month().toString());
        figures.recount();
        assertThat(unit(visitedIn)).isEqualTo(visitedClosed);
        assertThat(figures.since(nowBefore, CHENGGUAN, FANLENG, today.month(), FIGURES)).containsAllEntriesOf(
                Map.of(DUE, 1L, VISIT_DONE, 1L, DELIVER_DONE, 1L, VISITS_PENDING, 0L));
    }
}
