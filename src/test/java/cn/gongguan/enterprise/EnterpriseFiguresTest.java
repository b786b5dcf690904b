package cn.gongguan.enterprise;

import static cn.gongguan.enterprise.EnterpriseFigures.STAFF;
import static cn.gongguan.enterprise.EnterpriseFigures.STAFF_CHECKED;
import static cn.gongguan.enterprise.EnterpriseFigures.TASKS_DONE;
import static cn.gongguan.enterprise.EnterpriseFigures.TASKS_DUE;
import static cn.gongguan.enterprise.EnterpriseFixtures.CHENGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.DONGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.FUJIA;
import static cn.gongguan.enterprise.EnterpriseFixtures.row;
import static cn.gongguan.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureProbe;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.ImportFiles;
import cn.gongguan.ui.HomeView;
import cn.gongguan.uikit.Translations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enterprise figures per unit and month equal the records: staff on the payrolls of the month in the enterprise's
 * village and in the township's total, followed up once visited (and, for a woman of childbearing age, her certificate
 * checked), tasks due and done; another township untouched; the dashboards read them.
 */
class EnterpriseFiguresTest extends UiTest {

    private static final List<String> FIGURES = List.of(STAFF, STAFF_CHECKED, TASKS_DUE, TASKS_DONE);

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    Enterprises enterprises;
    @Autowired
    StaffImports imports;
    @Autowired
    EnterpriseStaff staff;
    @Autowired
    EnterpriseTasks tasks;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    Translations translations;
    @Autowired
    Today today;

    @Test
    void theFiguresCountThePayrollsFollowUpsAndTasksOfTheMonth() throws IOException {
        FigureProbe figures = new FigureProbe(recount, rollups, asOwner());
        figures.recount();
        YearMonth month = today.month();
        Map<String, Long> village = figures.of(CHENGGUAN, DONGGUAN, month, FIGURES);
        Map<String, Long> total = figures.of(CHENGGUAN, UnitCounts.TOTAL, month, FIGURES);
        Map<String, Long> fujia = figures.of(FUJIA, UnitCounts.TOTAL, month, FIGURES);

        login("chengguan.staff", HomeView.class);
        Enterprise enterprise = enterprises.register(EnterpriseFixtures.details(unique("统计厂"), DONGGUAN));
        String man = PersonFixtures.newIdNumber(LocalDate.of(1980, 2, 2), Sex.MALE);
        String woman = PersonFixtures.newIdNumber(LocalDate.of(1995, 3, 3), Sex.FEMALE);
        String gone = PersonFixtures.newIdNumber(LocalDate.of(1981, 4, 4), Sex.MALE);
        LocalDate hired = today.date().withDayOfMonth(1).minusMonths(2);
        StaffImport run = imports.forEnterprise(enterprise.getId());
        run.importFrom(new ByteArrayInputStream(ImportFiles.workbook(run, (key, args) -> translations.getTranslation(
                key, Translations.CHINESE, args), List.of(row(man, unique("统计男"), "", hired.toString(), ""),
                row(woman, unique("统计女"), "", hired.toString(), ""),
                row(gone, unique("上月走"), "", hired.toString(), hired.plusMonths(1).toString())))),
                (key, args) -> translations.getTranslation(key, Translations.CHINESE, args));
        for (StaffEntry entry : staff.list(enterprise.getId(), true, 0, 10)) {
            if (!entry.member().getPerson().getIdNumber().value().equals(gone)) {
                fiveSteps.recordVisit(entry.member().getPerson().getId(), today.date(), "入企走访");
            }
        }
        EnterpriseTask due = tasks.give(enterprise.getId(), new TaskDetails(TaskKind.OTHER, "报送名册",
                today.date(), Set.of()));
        tasks.complete(due.getId(), due.getVersion(), today.date(), "已报送");
        logout();
        figures.recount();

        // on this month's payroll: the man and the woman (the third left last month); both visited, her certificate
        // not checked: one followed up. The certificate task the import gave is due in 15 days: in this month or the next.
        long certificateTaskThisMonth = YearMonth.from(today.date().plusDays(EnterpriseTasks.CERTIFICATE_DAYS))
                .equals(month) ? 1 : 0;
        Map<String, Long> expected = Map.of(STAFF, 2L, STAFF_CHECKED, 1L, TASKS_DUE, 1L + certificateTaskThisMonth,
                TASKS_DONE, 1L);
        assertThat(figures.since(village, CHENGGUAN, DONGGUAN, month, FIGURES)).isEqualTo(expected);
        assertThat(figures.since(total, CHENGGUAN, UnitCounts.TOTAL, month, FIGURES)).isEqualTo(expected);
        assertThat(figures.since(fujia, FUJIA, UnitCounts.TOTAL, month, FIGURES)).as("another township")
                .containsOnlyKeys(FIGURES).allSatisfy((indicator, change) -> assertThat(change).isZero());
        assertThat(figures.since(Map.of(), CHENGGUAN, DONGGUAN, month.minusMonths(1), List.of(STAFF)).get(STAFF))
                .as("last month the third was on the payroll too").isGreaterThanOrEqualTo(3);
    }

    /** The assessment's ENTERPRISE_STAFF measure reads them too: see MeasuresTest. */
    @Test
    void theDashboardsReadThem() {
        assertThat(Figure.indicators()).contains(STAFF, STAFF_CHECKED, TASKS_DUE, TASKS_DONE);
    }
}
