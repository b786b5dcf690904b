package cn.gongguan.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Dashboards.UnitKind;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import cn.gongguan.uikit.chart.Chart;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboards over figures the test writes into the rollup rows for last month: 城关镇 most behind, 江洛镇 stale,
 * 伏家镇 counted with little late, every other unit of the county not counted (missing, never zero).
 */
class DashboardUiTest extends UiTest {

    private static final String CHENGGUAN = "621227100";
    private static final String FUJIA = "621227101";
    private static final String JIANGLUO = "621227102";
    private static final String FANLENG = "621227100201";

    @Autowired
    Today today;
    @Autowired
    FigureRecount recount;
    @Autowired
    TenantRegistry tenants;

    private YearMonth month;

    @BeforeEach
    void figuresOfLastMonth() {
        month = today.month().minusMonths(1);
        // nothing owed from the demo's or other tests' changes: the states are the ones this test writes
        recount.recountDue();
        clear();
        // a count names 城关镇's villages and groups; the test's own figures replace what it counted
        recount.recount(TenantCode.of(CHENGGUAN), month);
        asOwner().sql("delete from platform.rollup where tenant_code = ? and period = ?")
                .params(CHENGGUAN, month.toString()).update();
        counted(CHENGGUAN, month.atEndOfMonth(), Map.of("recheck_due", 10L, "recheck_done", 4L,
                "visits_overdue", 3L, "steps_due", 20L, "visit_done", 15L, "inflow_persons", 42L));
        unit(CHENGGUAN, FANLENG, Map.of("visits_overdue", 3L, "inflow_persons", 30L, "steps_due", 8L,
                "visit_done", 2L));
        counted(FUJIA, month.atEndOfMonth(), Map.of("feedback_late", 2L, "inflow_persons", 7L));
        // counted as of the 10th: the month closed later, so these figures wait to be brought up to date
        counted(JIANGLUO, month.atDay(10), Map.of("feedback_overdue", 5L, "inflow_persons", 3L));
    }

    @AfterEach
    void leaveLastMonthToTheRecount() {
        clear();
    }

    private void clear() {
        asOwner().sql("delete from platform.rollup where tenant_code like '621227%' and period = ?")
                .param(month.toString()).update();
    }

    /** A tenant-month counted as the recount writes it: every indicator's total (0 unless given), and the sentinel. */
    private void counted(String tenant, LocalDate asOf, Map<String, Long> totals) {
        Map<String, Long> all = new HashMap<>();
        Figure.indicators().forEach(indicator -> all.put(indicator, 0L));
        all.putAll(totals);
        unit(tenant, "", all);
        unit(tenant, "", Map.of(FigureRecount.COUNTED, Long.parseLong(asOf.toString().replace("-", ""))));
    }

    private void unit(String tenant, String unit, Map<String, Long> values) {
        values.forEach((indicator, value) -> asOwner().sql("""
                        insert into platform.rollup (tenant_code, period, indicator, unit_code, value)
                        values (?, ?, ?, ?, ?)
                        on conflict (tenant_code, period, indicator, unit_code) do update set value = excluded.value""")
                .params(tenant, month.toString(), indicator, unit, value).update());
    }

    private BoardPanel openCounty(String username) {
        login(username, DashboardView.class);
        BoardPanel panel = _get(BoardPanel.class);
        _setValue(panel.month, month);
        return panel;
    }

    private static List<Unit> rows(BoardPanel panel) {
        return IntStream.range(0, GridKt._size(panel.grid)).mapToObj(i -> GridKt._get(panel.grid, i)).toList();
    }

    private static Unit row(BoardPanel panel, String code) {
        return rows(panel).stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    private static String cell(BoardPanel panel, String code, String column) {
        return GridKt._getFormatted(panel.grid, rows(panel).indexOf(row(panel, code)), column);
    }

    @Test
    void theCountyBoardRanksItsTownshipsAndCommitteesByWhatIsLate() {
        BoardPanel panel = openCounty("county.governance");
        List<Unit> rows = rows(panel);
        assertThat(rows.getFirst().kind()).as("the county's total on top").isEqualTo(UnitKind.COUNTY);
        assertThat(GridKt._getFormatted(panel.grid, 0, "unit")).isEqualTo("徽县（合计）");
        List<Unit> units = rows.subList(1, rows.size());
        assertThat(units).extracting(Unit::code).containsExactlyInAnyOrderElementsOf(
                tenants.subtree(TenantCode.of("621227")).stream().map(t -> t.code().value())
                        .filter(code -> !code.equals("621227")).toList());
        assertThat(units).extracting(Unit::kind).containsOnly(UnitKind.TOWNSHIP, UnitKind.COMMITTEE);
        assertThat(units.subList(0, 3)).extracting(Unit::code).containsExactly(CHENGGUAN, JIANGLUO, FUJIA);

        // 6 re-checks not done and 3 visits overdue; 75 % of the steps due visited
        assertThat(cell(panel, CHENGGUAN, "late")).isEqualTo("9");
        assertThat(cell(panel, CHENGGUAN, "VISIT")).isEqualTo("75%");
        assertThat(cell(panel, CHENGGUAN, "RECHECK")).isEqualTo("40%");
        assertThat(cell(panel, CHENGGUAN, "INFLOW")).isEqualTo("42");
        assertThat(cell(panel, FUJIA, "late")).isEqualTo("2");
        assertThat(cell(panel, FUJIA, "VISIT")).as("nothing due is no rate").isEqualTo("—");
        assertThat(cell(panel, FUJIA, "FEEDBACK_LATE")).isEqualTo("2");
        assertThat(cell(panel, FUJIA, "OUTFLOW")).as("a counted zero").isEqualTo("0");
        assertThat(GridKt._getFormatted(panel.grid, 0, "INFLOW")).as("the sum of the counted units").isEqualTo("52");
    }

    @Test
    void theChartsDrawTheChosenFigureAndABarOpensItsTownship() {
        BoardPanel panel = openCounty("county.admin");
        _setValue(panel.figure, cn.gongguan.dashboard.Figure.INFLOW);
        Chart bar = _get(panel, Chart.class, spec -> spec.withId("dashboard-bar"));
        assertThat(bar.getElement().getPropertyRaw("option").toString()).contains("城关镇", "42", "各单位流入人口");
        String trend = _get(panel, Chart.class, spec -> spec.withId("dashboard-trend")).getElement()
                .getPropertyRaw("option").toString();
        assertThat(trend).contains(month.toString(), "近12个月流入人口");
        assertThat(_get(panel, Chart.class, spec -> spec.withId("dashboard-heatmap")).getElement()
                .getPropertyRaw("option").toString()).contains("清理核查完成率", "泥阳镇");
        assertThat(panel.print.getHref()).isEqualTo("dashboard/print/621227/" + month + "?figure=INFLOW");

        ComponentUtil.fireEvent(bar, new Chart.ClickEvent(bar, true, "伏家镇"));
        assertThat(_get(UnitDashboardView.class).panel.title.getText()).startsWith("伏家镇 · " + month);
    }

    @Test
    void aUnitNotCountedShowsNoFigureAndAStaleOneIsMarked() {
        BoardPanel panel = openCounty("county.admin");
        Unit missing = row(panel, "621227103");
        assertThat(missing.state()).isEqualTo(State.MISSING);
        assertThat(GridKt._getFormattedRow(panel.grid, rows(panel).indexOf(missing)).subList(3, 24))
                .as("late items and every figure").containsOnly("—");
        Span badge = (Span) GridKt._getCellComponent(panel.grid, rows(panel).indexOf(missing), "state");
        assertThat(badge.getText()).isEqualTo("无数据");
        Span stale = (Span) GridKt._getCellComponent(panel.grid, rows(panel).indexOf(row(panel, JIANGLUO)), "state");
        assertThat(stale.getText()).isEqualTo("待更新");
        assertThat(stale.getTitle().orElseThrow()).contains("有变更尚未统计");
        assertThat(cell(panel, JIANGLUO, "FEEDBACK_OVERDUE")).isEqualTo("5");
        Span counted = (Span) GridKt._getCellComponent(panel.grid, rows(panel).indexOf(row(panel, FUJIA)), "state");
        assertThat(counted.getText()).isEqualTo("已统计");
    }

    @Test
    void aTownshipOpensFromItsRowWithItsVillagesGroupsAndCommitteesAndABreadcrumbBack() {
        BoardPanel county = openCounty("county.governance");
        GridKt._clickItem(county.grid, rows(county).indexOf(row(county, CHENGGUAN)), 1, false, false, false, false);

        UnitDashboardView view = _get(UnitDashboardView.class);
        BoardPanel panel = view.panel;
        assertThat(panel.month.getValue()).as("the month chosen stays").isEqualTo(month);
        assertThat(panel.title.getText()).isEqualTo("城关镇 · " + month + " 数据看板");
        List<Unit> units = rows(panel);
        assertThat(units.getFirst().code()).isEqualTo(CHENGGUAN);
        assertThat(units.get(1).code()).as("the village most behind first").isEqualTo(FANLENG);
        assertThat(units).extracting(Unit::kind).contains(UnitKind.VILLAGE, UnitKind.GROUP, UnitKind.COMMITTEE);
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.COMMITTEE).extracting(Unit::name).contains("北街居委会");
        assertThat(units).filteredOn(u -> u.kind() == UnitKind.COMMITTEE).extracting(Unit::state)
                .containsOnly(State.MISSING);
        assertThat(units).filteredOn(u -> u.kind() != UnitKind.COMMITTEE && u != units.getFirst())
                .extracting(Unit::code).allSatisfy(code -> assertThat(code).startsWith(CHENGGUAN));
        assertThat(cell(panel, FANLENG, "VISIT")).isEqualTo("25%");
        assertThat(cell(panel, FANLENG, "INFLOW")).isEqualTo("30");
        assertThat(cell(panel, FANLENG, "late")).isEqualTo("3");

        Nav breadcrumb = _get(Nav.class, spec -> spec.withId("dashboard-breadcrumb"));
        assertThat(breadcrumb.getElement().getTextRecursively()).isEqualTo("徽县 › 城关镇");
        assertThat(_get(breadcrumb, Anchor.class).getHref()).isEqualTo("dashboard?month=" + month);
    }

    @Test
    void aTownshipAdministratorSeesTheOwnBoardAndIsRefusedAnother() {
        login("chengguan.admin", DashboardView.class);
        BoardPanel panel = _get(BoardPanel.class);
        _setValue(panel.month, month);
        assertThat(rows(panel).getFirst().code()).isEqualTo(CHENGGUAN);
        assertThat(rows(panel).get(1).code()).isEqualTo(FANLENG);
        _assertNone(Nav.class);

        UI.getCurrent().navigate(UnitDashboardView.ROUTE_BASE + FUJIA, QueryParameters.of("month", month.toString()));
        NotificationsKt.expectNotifications("您没有执行此操作的权限。");
        _assertNone(UnitDashboardView.class);
        assertThat(rows(_get(DashboardView.class).panel)).extracting(Unit::code).doesNotContain(FUJIA)
                .first().isEqualTo(CHENGGUAN);
        UI.getCurrent().navigate(DashboardPrintView.route(TenantCode.of(FUJIA), month));
        _assertNone(DashboardPrintView.class);
    }

    @Test
    void theExportHoldsTheRowsShownWithTheirStates() throws Exception {
        BoardPanel panel = openCounty("county.admin");
        var out = new ByteArrayOutputStream();
        new BoardWorkbook((key, args) -> UI.getCurrent().getTranslation(key, args)).write(panel.board(), out);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("徽县 · " + month + " 数据看板");
            assertThat(text(sheet.getRow(BoardWorkbook.HEADER_ROW))).startsWith("单位|类型|状态|逾期事项|流入人口|");
            List<String> names = new ArrayList<>();
            for (int r = BoardWorkbook.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).containsExactlyElementsOf(IntStream.range(0, GridKt._size(panel.grid))
                    .mapToObj(i -> GridKt._getFormatted(panel.grid, i, "unit")).toList());
            Row chengguan = sheet.getRow(BoardWorkbook.HEADER_ROW + 2);
            assertThat(text(chengguan)).startsWith("城关镇|乡镇|已统计|9|42|");
            Cell visit = chengguan.getCell(4 + cn.gongguan.dashboard.Figure.VISIT.ordinal());
            assertThat(visit.getNumericCellValue()).isEqualTo(0.75);
            assertThat(visit.getCellStyle().getDataFormatString()).isEqualTo("0%");
            Row missing = sheet.getRow(BoardWorkbook.HEADER_ROW + 1 + rows(panel).indexOf(row(panel, "621227103")));
            assertThat(text(missing)).startsWith("泥阳镇|乡镇|无数据|—|—|").doesNotContain("|0|");
        }
    }

    @Test
    void thePrintedBoardHoldsTheTable() {
        login("county.admin", DashboardView.class);
        UI.getCurrent().navigate(DashboardPrintView.route(TenantCode.of("621227"), month),
                QueryParameters.of(DashboardPrintView.FIGURE, "RECHECK"));
        DashboardPrintView print = _get(DashboardPrintView.class);
        NativeTable table = _get(print, NativeTable.class);
        String text = table.getElement().getTextRecursively();
        assertThat(text).contains("徽县（合计）", "城关镇", "泥阳镇", "无数据", "待更新", "75%");
        assertThat(table.getBody().getRowCount()).isEqualTo(1 + tenants.subtree(TenantCode.of("621227")).size() - 1);
        assertThat(print.getPageTitle()).startsWith("徽县 · " + month + " 数据看板");
        assertThat(_find(print, Chart.class)).hasSize(3);
    }

    @Test
    void theHomePageOfTheCountyPointsAtTheDashboard() {
        recount.recountDue();
        login("county.governance", HomeView.class);
        assertThat(_get(Anchor.class, spec -> spec.withId("dashboard-card-open")).getHref()).isEqualTo("dashboard");
        assertThat(_get(Span.class, spec -> spec.withId("dashboard-card-late")).getText()).matches("\\d+");
    }

    private static String text(Row row) {
        StringBuilder text = new StringBuilder();
        row.forEach(cell -> text.append(switch (cell.getCellType()) {
            case NUMERIC -> cell.getCellStyle().getDataFormatString().contains("%")
                    ? Math.round(cell.getNumericCellValue() * 100) + "%" : String.valueOf((long) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }).append('|'));
        return text.toString();
    }
}
