package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.housing.SweepPeriod;
import cn.gongguan.housing.SweepPlan;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The key locations and the sweep plan of the demo, as their users meet them after a start in development mode. */
class KeyLocationDemoTest extends UiTest {

    @Autowired
    KeyLocations locations;
    @Autowired
    SweepPlans plans;
    @Autowired
    Today today;

    @Test
    void chengguanAndFujiaHaveKeyLocationsOfEveryKindInTheirVillages() {
        login("chengguan.staff", HomeView.class);
        assertDemoLocations("621227100", List.of("城关镇东郊城乡结合部", "先农城中村", "西寺城中村", "滨河花园三期建筑工地",
                "县医院住院楼建筑工地", "城关农贸市场", "城关劳务市场"));
        logout();
        login("fujia.staff", HomeView.class);
        assertDemoLocations("621227101", List.of("伏家镇集镇城乡结合部", "伏镇村老街", "十天高速伏家段施工营地",
                "河湾村安置房建筑工地", "伏家镇农贸市场", "架山村砖厂"));
    }

    private void assertDemoLocations(String township, List<String> names) {
        List<KeyLocation> demo = locations.active().stream().filter(l -> names.contains(l.getName())).toList();
        assertThat(demo).extracting(KeyLocation::getName).containsExactlyInAnyOrderElementsOf(names);
        assertThat(demo).extracting(KeyLocation::getKind).containsAll(EnumSet.allOf(LocationKind.class));
        assertThat(demo).allSatisfy(l -> {
            assertThat(l.getOrgUnit()).startsWith(township);
            assertThat(l.getDepartment()).isNotNull();
            assertThat(l.getContact()).isNotBlank();
        });
    }

    @Test
    void beijiesQuarterlyPlanHasOneSweepOverdue() {
        login("beijie.clerk", HomeView.class);
        SweepPlan plan = plans.plan().orElseThrow();
        assertThat(plan.getEveryMonths()).isEqualTo(3);
        assertThat(plans.periods()).filteredOn(p -> p.state() == SweepPeriod.State.OVERDUE)
                .extracting(SweepPeriod::from).containsExactly(today.month().minusMonths(3).atDay(1));
    }
}
