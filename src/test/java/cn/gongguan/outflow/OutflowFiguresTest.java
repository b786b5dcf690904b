package cn.gongguan.outflow;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static cn.gongguan.outflow.OutflowFixtures.person;
import static cn.gongguan.outflow.OutflowFixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.outflow.OutflowFigures.Counts;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
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
    Rollups rollups;
    @Autowired
    Today today;

    @Test
    void aLateDeclarationCountsAsDeclaredButNotOnTime() {
        login("chengguan.staff", HomeView.class);
        YearMonth month = today.month().minusMonths(1);
        LocalDate left = month.atDay(10);
        trips.depart(person("及时甲", FANLENG), trip(left, CHUNXILU), TripSource.TOWNSHIP);
        long declared = chengguan(OutflowFigures.DECLARED, month);
        long onTime = chengguan(OutflowFigures.ON_TIME, month);
        long known = chengguan(OutflowFigures.KNOWN, month);
        long registered = chengguan(OutflowFigures.REGISTERED, month);

        trips.depart(person("迟报甲", FANLENG), new TripDetails(left, CHUNXILU, null, null, null, false, "家属",
                left.plusDays(3)), TripSource.TOWNSHIP);

        assertThat(chengguan(OutflowFigures.DECLARED, month)).isEqualTo(declared + 1);
        assertThat(chengguan(OutflowFigures.ON_TIME, month)).isEqualTo(onTime);
        assertThat(chengguan(OutflowFigures.KNOWN, month)).isEqualTo(known + 1);
        assertThat(chengguan(OutflowFigures.REGISTERED, month)).isEqualTo(registered + 1);
    }

    @Test
    void aBackDatedDepartureUpdatesItsMonthAndAReturnTheMonthsSince() {
        login("chengguan.staff", HomeView.class);
        YearMonth then = today.month().minusMonths(3);
        YearMonth lastMonth = today.month().minusMonths(1);
        long declared = chengguan(OutflowFigures.DECLARED, then);
        long onTime = chengguan(OutflowFigures.ON_TIME, then);
        long away = chengguan(OutflowFigures.AWAY, then);
        long awayLastMonth = chengguan(OutflowFigures.AWAY, lastMonth);

        OutflowTrip trip = trips.depart(person("补报甲", FANLENG), new TripDetails(then.atDay(10), CHUNXILU, null,
                null, null, true, "本人", today.date()), TripSource.TOWNSHIP);

        assertThat(chengguan(OutflowFigures.DECLARED, then)).isEqualTo(declared + 1);
        assertThat(chengguan(OutflowFigures.ON_TIME, then)).isEqualTo(onTime);
        assertThat(chengguan(OutflowFigures.AWAY, then)).isEqualTo(away + 1);
        assertThat(chengguan(OutflowFigures.AWAY, lastMonth)).isEqualTo(awayLastMonth + 1);

        trips.returned(trip.getId(), trip.getVersion(), then.plusMonths(1).atDay(5));
        assertThat(chengguan(OutflowFigures.AWAY, then)).as("away at the end of its month still").isEqualTo(away + 1);
        assertThat(chengguan(OutflowFigures.AWAY, lastMonth)).isEqualTo(awayLastMonth);
    }

    @Test
    void aTripDiscoveredByTheReCheckIsKnownButNotRegistered() {
        login("chengguan.staff", HomeView.class);
        long known = chengguan(OutflowFigures.KNOWN, today.month());
        long registered = chengguan(OutflowFigures.REGISTERED, today.month());
        trips.depart(person("排查甲", FANLENG), trip(today.date().minusDays(40), CHUNXILU), TripSource.RECHECK);
        assertThat(chengguan(OutflowFigures.KNOWN, today.month())).isEqualTo(known + 1);
        assertThat(chengguan(OutflowFigures.REGISTERED, today.month())).isEqualTo(registered);
    }

    @Test
    void theCountySeesEachTownshipsFiguresFromTheRollupsAndTheVillagesAddUpToTheTownship() {
        login("chengguan.staff", HomeView.class);
        trips.depart(person("县看甲", FANLENG), trip(today.date().minusDays(2), CHUNXILU), TripSource.TOWNSHIP);
        Map<String, Counts> villages = figures.ofVillages(today.month());
        long away = villages.values().stream().mapToLong(Counts::away).sum();
        assertThat(away).isEqualTo(chengguan(OutflowFigures.AWAY, today.month()));
        assertThat(villages.values().stream().mapToLong(Counts::declared).sum())
                .isEqualTo(chengguan(OutflowFigures.DECLARED, today.month()));
        assertThat(villages.get(FANLENG).away()).isPositive();

        login("county.admin", HomeView.class);
        Map<TenantCode, Long> byTownship = rollups.valuesIn(COUNTY, OutflowFigures.AWAY, Rollups.CURRENT);
        assertThat(byTownship.get(CHENGGUAN)).isEqualTo(away);
        assertThat(byTownship.get(FUJIA)).as("the demo's 伏家镇 persons away").isPositive();
    }

    private long chengguan(String indicator, YearMonth month) {
        return rollups.valuesIn(CHENGGUAN, indicator, month.toString()).getOrDefault(CHENGGUAN, 0L);
    }
}
