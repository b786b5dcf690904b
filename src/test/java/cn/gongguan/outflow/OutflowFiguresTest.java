package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.OutflowFigures.Figures;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The monthly outflow figures on the rollup path, as the township writes them and the county reads them. */
class OutflowFiguresTest extends UiTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of(OutflowFixtures.FUJIA);
    private static final String FANLENG = "621227100201";

    @Autowired
    OutflowTrips trips;
    @Autowired
    OutflowFigures figures;
    @Autowired
    Today today;

    @Test
    void aLateDeclarationCountsAsDeclaredButNotOnTimeAndLowersTheRate() {
        login("chengguan.staff", HomeView.class);
        YearMonth month = today.month().minusMonths(1);
        LocalDate left = month.atDay(10);
        trips.depart(person("及时甲", FANLENG), trip(left, CHUNXILU), TripSource.TOWNSHIP);
        Figures before = chengguan(month);

        trips.depart(person("迟报甲", FANLENG), new TripDetails(left, CHUNXILU, null, null, null, false, "家属",
                left.plusDays(3)), TripSource.TOWNSHIP);

        Figures after = chengguan(month);
        assertThat(after.declared()).isEqualTo(before.declared() + 1);
        assertThat(after.onTime()).isEqualTo(before.onTime());
        assertThat(after.onTimeRate()).isLessThan(before.onTimeRate());
        assertThat(after.known()).isEqualTo(before.known() + 1);
        assertThat(after.registered()).isEqualTo(before.registered() + 1);
    }

    @Test
    void aBackDatedDepartureUpdatesItsMonthAndAReturnTheMonthsSince() {
        login("chengguan.staff", HomeView.class);
        YearMonth then = today.month().minusMonths(3);
        Figures before = chengguan(then);
        Figures lastMonthBefore = chengguan(today.month().minusMonths(1));

        OutflowTrip trip = trips.depart(person("补报甲", FANLENG), new TripDetails(then.atDay(10), CHUNXILU, null,
                null, null, true, "本人", today.date()), TripSource.TOWNSHIP);

        Figures after = chengguan(then);
        assertThat(after.declared()).isEqualTo(orZero(before.declared()) + 1);
        assertThat(after.onTime()).isEqualTo(orZero(before.onTime()));
        assertThat(after.away()).isEqualTo(orZero(before.away()) + 1);
        assertThat(chengguan(today.month().minusMonths(1)).away()).isEqualTo(orZero(lastMonthBefore.away()) + 1);

        trips.returned(trip.getId(), trip.getVersion(), then.plusMonths(1).atDay(5));
        assertThat(chengguan(then).away()).as("away at the end of its month still").isEqualTo(after.away());
        assertThat(chengguan(today.month().minusMonths(1)).away()).isEqualTo(orZero(lastMonthBefore.away()));
    }

    @Test
    void aTripDiscoveredByTheReCheckIsKnownButNotRegistered() {
        login("chengguan.staff", HomeView.class);
        Figures before = chengguan(today.month());
        trips.depart(person("排查甲", FANLENG), trip(today.date().minusDays(40), CHUNXILU), TripSource.RECHECK);
        Figures after = chengguan(today.month());
        assertThat(after.known()).isEqualTo(orZero(before.known()) + 1);
        assertThat(after.registered()).isEqualTo(orZero(before.registered()));
    }

    @Test
    void theCountySeesEachTownshipsFiguresFromTheRollupsAndTheVillagesAddUpToTheTownship() {
        login("chengguan.staff", HomeView.class);
        trips.depart(person("县看甲", FANLENG), trip(today.date().minusDays(2), CHUNXILU), TripSource.TOWNSHIP);
        Map<String, Figures> villages = figures.ofVillages(today.month());
        Figures township = figures.ofTownship(today.month());
        assertThat(villages.values().stream().mapToLong(f -> f.away()).sum()).isEqualTo(township.away());
        assertThat(villages.get(FANLENG).away()).isPositive();

        login("county.admin", HomeView.class);
        Map<TenantCode, Figures> byTownship = figures.ofTenants(COUNTY, today.month());
        assertThat(byTownship.get(CHENGGUAN).away()).isEqualTo(township.away());
        assertThat(byTownship.get(CHENGGUAN).declared()).isEqualTo(township.declared());
        assertThat(byTownship.get(FUJIA).away()).as("the demo's 伏家镇 persons away").isPositive();
    }

    private Figures chengguan(YearMonth month) {
        return figures.ofTenants(CHENGGUAN, month).getOrDefault(CHENGGUAN, Figures.NONE);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
