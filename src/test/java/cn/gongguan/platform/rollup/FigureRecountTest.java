package cn.gongguan.platform.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.Person;
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
    private static final String XIANNONG = "621227100200";

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

    private Person register(LocalDate arrival) {
        login("chengguan.staff", HomeView.class);
        PersonDetails details = PersonFixtures.details("图表测试", PersonFixtures.newIdNumber(LocalDate.of(1990, 5, 1),
                Sex.FEMALE));
        details.setOrgUnit(FANLENG);
        details.setArrivalDate(arrival);
        Person person = registry.register(details);
        logout();
        return person;
    }

    private List<String> owed(TenantCode tenant) {
        return asOwner().sql("select distinct period from platform.figure_owed where tenant_code = ? order by period")
                .param(tenant.value()).query(String.class).list();
    }

    private long figure(TenantCode tenant, String unit, String indicator, YearMonth month) {
        return rollups.unitsOf(tenant, List.of(month.toString()), List.of(indicator)).stream()
                .filter(row -> row.unit().equals(unit)).mapToLong(Rollups.Row::value).findFirst().orElse(-1);
    }

    @Test
    void aRegistrationMarksItsMonthAndTheRecountCountsItPerUnit() {
        assertThat(owed(CHENGGUAN)).isEmpty();
        long total = figure(CHENGGUAN, UnitCounts.TOTAL, RegistryFigures.INFLOW, today.month());
        long fanleng = figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, today.month());
        long newcomers = figure(CHENGGUAN, FANLENG, RegistryFigures.NEWCOMERS, today.month());
        register(today.date());
        assertThat(owed(CHENGGUAN)).containsExactly(today.month().toString());

        assertThat(recount.recountDue()).isPositive();

        assertThat(owed(CHENGGUAN)).isEmpty();
        assertThat(figure(CHENGGUAN, UnitCounts.TOTAL, RegistryFigures.INFLOW, today.month())).isEqualTo(total + 1);
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, today.month())).isEqualTo(Math.max(0, fanleng) + 1);
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.NEWCOMERS, today.month()))
                .isEqualTo(Math.max(0, newcomers) + 1);
    }

    @Test
    void aClosedMonthKeepsItsFiguresWhenAPersonMovesToAnotherUnitLater() {
        YearMonth closed = today.month().minusMonths(2);
        Person person = register(closed.atDay(5));
        recount.recountDue();
        long inFanleng = figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, closed);
        long nowInFanleng = figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, today.month());

        login("chengguan.staff", HomeView.class);
        PersonDetails moved = person.details();
        moved.setOrgUnit(XIANNONG);
        registry.update(person.getId(), person.getVersion(), moved);
        logout();

        assertThat(owed(CHENGGUAN)).as("an edit that is not dated owes the current month only")
                .containsExactly(today.month().toString());
        recount.recountDue();
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, closed)).isEqualTo(inFanleng);
        assertThat(figure(CHENGGUAN, FANLENG, RegistryFigures.INFLOW, today.month())).isEqualTo(nowInFanleng - 1);
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
