package cn.gongguan.governance;

import static cn.gongguan.governance.OperationFigures.HOUSES_FOUND;
import static cn.gongguan.governance.OperationFigures.LOCATIONS_CHECKED;
import static cn.gongguan.governance.OperationFigures.PERSONS_CHECKED;
import static cn.gongguan.governance.OperationFigures.PERSONS_REGISTERED;
import static cn.gongguan.governance.OperationFigures.REFERRED;
import static cn.gongguan.governance.OperationFigures.TASKS;
import static cn.gongguan.governance.OperationFigures.TASKS_SUBMITTED;
import static cn.gongguan.governance.OperationFigures.WITHOUT_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.RecordsProbe;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.Sex;
import cn.gongguan.ui.HomeView;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The joint-operation figures per unit and month: tasks received and submitted for the township as a whole, locations
 * checked and what was found by the unit of the key location — known numbers per village and in total, another
 * township untouched; publishing and submitting mark the month owed, and the dashboards' catalogue reads them.
 */
class OperationFiguresTest extends OperationTaskFixtures {

    private static final String FANLENG = "621227100201";
    private static final List<String> FIGURES = List.of(TASKS, TASKS_SUBMITTED, LOCATIONS_CHECKED, PERSONS_CHECKED,
            PERSONS_REGISTERED, WITHOUT_CERTIFICATE, REFERRED, HOUSES_FOUND);

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    OpenTaskRecords openTasks;

    private FigureProbe figures;

    @BeforeEach
    void countEverythingDue() {
        figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void tasksAndFindingsCountPerUnitOfTheLocationAndInTotal() {
        YearMonth month = today.month();
        Map<String, Long> xiannongBefore = of(XIANNONG, month);
        Map<String, Long> fanlengBefore = of(FANLENG, month);
        Map<String, Long> totalBefore = of(UnitCounts.TOTAL, month);
        Map<String, Long> fujiaBefore = figures.of(FUJIA, UnitCounts.TOTAL, month, FIGURES);

        long operation = publish(0, "URBAN_VILLAGE", CHENGGUAN);
        long task = taskOf(operation, CHENGGUAN);
        login("chengguan.staff", HomeView.class);
        OperationLocation xiannong = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG).getId(),
                "第一组");
        OperationLocation fanleng = tasks.assign(task, keyLocation(LocationKind.URBAN_VILLAGE, FANLENG).getId(),
                "第二组");
        tasks.record(task, finding(xiannong.id(), 10, List.of(newPerson("统计女", Sex.FEMALE, false,
                FindingReferral.CONTRACEPTION), newPerson("统计男", Sex.MALE, true, null)), List.of(newHouse())),
                (key, args) -> key);
        tasks.record(task, finding(xiannong.id(), 5, List.of(), List.of()), (key, args) -> key);
        tasks.record(task, finding(fanleng.id(), 7, List.of(newPerson("统计二", Sex.MALE, true, null)), List.of()),
                (key, args) -> key);
        tasks.submit(task, "完成");
        assertThat(figures.owed(CHENGGUAN)).contains(month.toString());
        figures.recount();

        assertThat(change(xiannongBefore, XIANNONG, month)).isEqualTo(Map.of(TASKS, 0L, TASKS_SUBMITTED, 0L,
                LOCATIONS_CHECKED, 1L, PERSONS_CHECKED, 15L, PERSONS_REGISTERED, 2L, WITHOUT_CERTIFICATE, 1L,
                REFERRED, 1L, HOUSES_FOUND, 1L));
        assertThat(change(fanlengBefore, FANLENG, month)).isEqualTo(Map.of(TASKS, 0L, TASKS_SUBMITTED, 0L,
                LOCATIONS_CHECKED, 1L, PERSONS_CHECKED, 7L, PERSONS_REGISTERED, 1L, WITHOUT_CERTIFICATE, 0L,
                REFERRED, 0L, HOUSES_FOUND, 0L));
        assertThat(change(totalBefore, UnitCounts.TOTAL, month)).isEqualTo(Map.of(TASKS, 1L, TASKS_SUBMITTED, 1L,
                LOCATIONS_CHECKED, 2L, PERSONS_CHECKED, 22L, PERSONS_REGISTERED, 3L, WITHOUT_CERTIFICATE, 1L,
                REFERRED, 1L, HOUSES_FOUND, 1L));
        assertThat(figures.since(fujiaBefore, FUJIA, UnitCounts.TOTAL, month, FIGURES)).as("another township")
                .allSatisfy((indicator, change) -> assertThat(change).isZero());
    }

    @Test
    void aTaskReceivedAndNotSubmittedIsOpenAndListedAsItsOperationAndMonth() {
        YearMonth month = today.month();
        List<String> open = List.of(OperationFigures.TASKS_OPEN);
        Map<String, Long> before = figures.of(CHENGGUAN, UnitCounts.TOTAL, month, open);
        Map<String, Long> fujiaBefore = figures.of(FUJIA, UnitCounts.TOTAL, month, open);
        long operation = publish(0, "URBAN_VILLAGE", CHENGGUAN);
        figures.recount();

        assertThat(figures.since(before, CHENGGUAN, UnitCounts.TOTAL, month, open))
                .containsEntry(OperationFigures.TASKS_OPEN, 1L);
        assertThat(figures.since(fujiaBefore, FUJIA, UnitCounts.TOTAL, month, open))
                .containsEntry(OperationFigures.TASKS_OPEN, 0L);
        String title = asOwner().sql("select title from platform.operation where id = ?").param(operation)
                .query(String.class).single();
        RecordsProbe probe = new RecordsProbe(rollups);
        for (TenantCode township : List.of(CHENGGUAN, FUJIA)) {
            RecordsProbe.Comparison comparison = probe.compare(openTasks, township, month);
            assertThat(comparison.listed()).as(township.value()).isEqualTo(comparison.figure());
        }
        assertThat(RecordsProbe.items(openTasks, CHENGGUAN, month, month))
                .anySatisfy(item -> assertThat(item.reference()).isEqualTo(title + " " + month));
        assertThat(RecordsProbe.items(openTasks, FUJIA, month, month))
                .noneSatisfy(item -> assertThat(item.reference()).startsWith(title));
    }

    @Test
    void theDashboardsCatalogueReadsTheOperationFigures() {
        assertThat(Figure.indicators()).containsAll(FIGURES);
    }

    private Map<String, Long> of(String unit, YearMonth month) {
        return figures.of(CHENGGUAN, unit, month, FIGURES);
    }

    private Map<String, Long> change(Map<String, Long> before, String unit, YearMonth month) {
        return figures.since(before, CHENGGUAN, unit, month, FIGURES);
    }
}
