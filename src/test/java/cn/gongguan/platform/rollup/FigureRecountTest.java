package cn.gongguan.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.RegistryFigures;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The figures per unit and month: owed by the tables' triggers, counted per unit, kept to each tenant's own rows. */
class FigureRecountTest extends UiTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");
    private static final String FANLENG = "621227100201";

    @Autowired
    FigureRecount recount;
    @Autowired
    Rollups rollups;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Today today;

    @BeforeEach
    void countEverythingDue() {
        recount.recountDue();
    }

    private void register(LocalDate arrival) {
        login("chengguan.staff", HomeView.class);
        PersonDetails details = PersonFixtures.details("图表测试", PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 1),
                Sex.FEMALE));
        details.setOrgUnit(FANLENG);
        details.setArrivalDate(arrival);
        registry.register(details);
        logout();
    }

    private List<String> owed(TenantCode tenant) {
        return asOwner().sql("select distinct period from platform.figure_owed where tenant_code = ? order by period")
                .param(tenant.value()).query(String.class).list();
    }

    private long figure(TenantCode tenant, String unit, String indicator, YearMonth month) {
        return rollups.unitsOf(tenant, List.of(month.toString()), List.of(indicator)).stream()
                .filter(row -> row.unit().equals(unit)).mapToLong(Rollups.Row::value).findFirst().orElse(-1);
    }

    private long recounted(String unitCondition) {
        return asOwner().sql("""
                        select count(*) from t_621227100.person
                        where flow_type = 'INFLOW' and %s
                          and coalesce(arrival_date, (created_at at time zone 'Asia/Shanghai')::date) <= ?"""
                        .formatted(unitCondition))
                .param(today.date()).query(Long.class).single();
    }

    @Test
    void aRegistrationMarksItsMonthAndTheRecountCountsItPerUnit() {
        assertThat(owed(CHENGGUAN)).isEmpty();
        register(today.date());
        assertThat(owed(CHENGGUAN)).containsExactly(today.month().toString());

        assertThat(recount.recountDue()).isPositive();

        assertThat(owed(CHENGGUAN)).isEmpty();
        assertThat(figure(CHENGGUAN, UnitCounts.TOTAL, RegistryFigures.INFLOW, today.month()))
                .isEqualTo(recounted("true")).isPositive();
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, today.month()))
                .isEqualTo(recounted("org_unit_code like '" + FANLENG + "%'")).isPositive();
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.NEWCOMERS, today.month())).isPositive();
    }

    @Test
    void aBackDatedArrivalMarksEveryMonthFromItsOwnOn() {
        YearMonth earlier = today.month().minusMonths(3);
        register(earlier.atDay(10));

        assertThat(owed(CHENGGUAN)).containsExactly(earlier.toString(), earlier.plusMonths(1).toString(),
                earlier.plusMonths(2).toString(), today.month().toString());
        long before = figure(CHENGGUAN, UnitCounts.TOTAL, RegistryFigures.NEWCOMERS, earlier);
        recount.recountDue();
        assertThat(figure(CHENGGUAN, UnitCounts.TOTAL, RegistryFigures.NEWCOMERS, earlier)).isEqualTo(before + 1);
    }

    @Test
    void aChangeNotCountedYetShowsTheFiguresAsStaleAndAMonthNeverCountedIsAbsent() {
        register(today.date());
        List<Rollups.Freshness> fresh = rollups.freshnessIn(COUNTY, List.of(today.month().toString(), "2001-01"));
        assertThat(fresh).filteredOn(f -> f.tenant().equals(CHENGGUAN)).singleElement()
                .satisfies(f -> assertThat(f.isStale(today.date())).isTrue());
        assertThat(fresh).filteredOn(f -> f.tenant().equals(FUJIA)).singleElement()
                .satisfies(f -> assertThat(f.isStale(today.date())).isFalse());
        assertThat(fresh).noneMatch(f -> f.period().equals("2001-01"));
    }

    @Test
    void aTenantSeesTakesAndWritesOnlyItsOwnFiguresAndMarks() {
        register(today.date());
        assertThat(sqlAsTenant(FUJIA, "select count(*) from platform.figure_owed where tenant_code = '621227100'"))
                .singleElement().isEqualTo(0L);
        assertThat(sqlAsTenant(FUJIA, "delete from platform.figure_owed where tenant_code = '621227100' returning id"))
                .isEmpty();
        assertThat(owed(CHENGGUAN)).isNotEmpty();
        assertThatThrownBy(() -> sqlAsTenant(FUJIA, """
                insert into platform.rollup (tenant_code, period, indicator, unit_code, value)
                values ('621227100', '2026-01', 'inflow_persons', '', 1) returning value"""))
                .hasMessageContaining("row-level security");
        assertThatThrownBy(() -> sqlAsTenant(FUJIA, """
                insert into platform.figure_owed (tenant_code, period) values ('621227101', '2026-01') returning id"""))
                .hasMessageContaining("permission denied");
        assertThat(sqlAsTenant(FUJIA, "select count(*) from platform.figure_unit where tenant_code = '621227100'"))
                .singleElement().isEqualTo(0L);
    }
}
