package cn.gongguan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.ui.HomeView;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The boards read the rollup rows: ranked by lateness, missing and stale marked, each county its own tree only. */
class DashboardsTest extends UiTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    /** A month long before the demo's, so the test owns every figure of it. */
    private static final YearMonth MONTH = YearMonth.of(2019, 3);

    @Autowired
    Dashboards dashboards;
    @Autowired
    Today today;

    @BeforeEach
    void anotherCountyWithFigures() {
        asOwner().sql("""
                insert into platform.tenant (code, name, parent_code, kind, path, source_file, status)
                values ('629980', '另一县', null, 'COUNTY', '/629980/', 'other.yaml', 'READY'),
                       ('629980100', '另一镇', '629980', 'TOWNSHIP', '/629980/629980100/', 'other.yaml', 'READY')""").update();
        counted(TenantCode.of("629980100"), MONTH, "visits_overdue", 99);
    }

    @AfterEach
    void removeFigures() {
        asOwner().sql("delete from platform.rollup where period = ?").param(MONTH.toString()).update();
        asOwner().sql("delete from platform.rollup where tenant_code like '629980%'").update();
        asOwner().sql("delete from platform.tenant where code = '629980100'").update();
        asOwner().sql("delete from platform.tenant where code = '629980'").update();
    }

    private void counted(TenantCode tenant, YearMonth month, String indicator, long value) {
        row(tenant, month, FigureRecount.COUNTED, "", Long.parseLong(month.atEndOfMonth().format(DateTimeFormatter.BASIC_ISO_DATE)));
        row(tenant, month, indicator, "", value);
    }

    private void row(TenantCode tenant, YearMonth month, String indicator, String unit, long value) {
        asOwner().sql("""
                insert into platform.rollup (tenant_code, period, indicator, unit_code, value) values (?, ?, ?, ?, ?)
                on conflict (tenant_code, period, indicator, unit_code) do update set value = excluded.value""")
                .params(tenant.value(), month.toString(), indicator, unit, value).update();
    }

    private static Unit unit(Board board, TenantCode code) {
        return board.units().stream().filter(u -> u.code().equals(code.value())).findFirst().orElseThrow();
    }

    @Test
    void theCountyRanksItsUnitsByLateItemsAndShowsAMissingUnitWithoutFigures() {
        counted(CHENGGUAN, MONTH, "visits_overdue", 3);
        row(CHENGGUAN, MONTH, "recheck_due", "", 10);
        row(CHENGGUAN, MONTH, "recheck_done", "", 6);
        counted(FUJIA, MONTH, "visits_overdue", 9);
        login("county.admin", HomeView.class);

        Board board = dashboards.county(MONTH);

        assertThat(board.units()).extracting(Unit::code).startsWith(FUJIA.value(), CHENGGUAN.value())
                .doesNotContain("629980100", "621227");
        assertThat(unit(board, CHENGGUAN).late()).isEqualTo(3 + 4);
        assertThat(unit(board, CHENGGUAN).reading(Figure.RECHECK).percent()).isEqualTo(60);
        Unit missing = unit(board, TenantCode.of("621227102"));
        assertThat(missing.state()).isEqualTo(State.MISSING);
        assertThat(missing.reading(Figure.INFLOW)).isNull();
        assertThat(board.scope().state()).isEqualTo(State.STALE);
        assertThat(board.scope().reading(Figure.VISITS_OVERDUE).value()).isEqualTo(12);
    }

    @Test
    void aTownshipBoardShowsItsUnitsAndCommitteesAndTheTrendTwelveMonths() {
        counted(CHENGGUAN, MONTH, "inflow_persons", 5);
        row(CHENGGUAN, MONTH, "inflow_persons", "621227100201", 2);
        counted(TenantCode.of("621227100001"), MONTH, "inflow_persons", 7);
        asOwner().sql("""
                insert into platform.figure_unit (tenant_code, unit_code, name, kind)
                values ('621227100', '621227100201', '樊塄村委会', 'VILLAGE') on conflict do nothing""").update();
        login("chengguan.admin", HomeView.class);

        Board board = dashboards.township(CHENGGUAN, MONTH);

        assertThat(unit(board, TenantCode.of("621227100201")).reading(Figure.INFLOW).value()).isEqualTo(2);
        assertThat(board.units()).extracting(Unit::code).contains("621227100001");
        assertThat(board.scope().reading(Figure.INFLOW).value()).isEqualTo(5 + 7);
        List<Unit> trend = dashboards.trend(CHENGGUAN, MONTH);
        assertThat(trend).hasSize(12).last().satisfies(m -> assertThat(m.reading(Figure.INFLOW).value()).isEqualTo(12));
        assertThat(trend.getFirst().state()).isEqualTo(State.MISSING);
    }

    @Test
    void nobodyReadsABoardOutsideTheirOwnTree() {
        login("chengguan.admin", HomeView.class);
        assertThatThrownBy(() -> dashboards.township(FUJIA, MONTH)).isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.township(TenantCode.of("621227100001"), MONTH).scope().kind())
                .isEqualTo(Dashboards.UnitKind.COMMITTEE);
        assertThatThrownBy(() -> dashboards.county(MONTH)).isInstanceOf(AccessDeniedException.class);
        login("county.governance", HomeView.class);
        assertThatThrownBy(() -> dashboards.township(TenantCode.of("629980100"), MONTH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.trend(TenantCode.of("629980"), MONTH))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(dashboards.township(FUJIA, MONTH).scope().name()).isEqualTo("伏家镇");
        login("fujia.admin", HomeView.class);
        assertThatThrownBy(() -> dashboards.township(TenantCode.of("621227100001"), MONTH))
                .isInstanceOf(AccessDeniedException.class);
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> dashboards.township(CHENGGUAN, MONTH)).isInstanceOf(AccessDeniedException.class);
    }
}
