package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.platform.Today;
import cn.gongguan.police.PoliceReports;
import cn.gongguan.police.PoliceStation;
import cn.gongguan.police.RowOutcome;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.ui.HomeView;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The police stations of 城关镇 as the demo leaves them: last month's file in, a newcomer waiting, one report missing. */
class PoliceDemoTest extends UiTest {

    @Autowired
    PoliceReports reports;
    @Autowired
    PersonRegistry registry;
    @Autowired
    Today today;

    @Test
    void chengguansStationsReportedLastMonthAndOneIsMissingThisMonth() {
        login("chengguan.staff", HomeView.class);
        YearMonth month = today.month();
        assertThat(reports.slots(month)).filteredOn(slot -> !slot.station().getName().startsWith("测试"))
                .hasSize(3);
        assertThat(reports.missing(month)).extracting(PoliceStation::getName).contains(PoliceDemo.MISSING_STATION)
                .doesNotContain(PoliceDemo.CHENGGUAN_STATION);
        PoliceStation chengguan = reports.slots(month.minusMonths(1)).stream()
                .map(PoliceReports.Slot::station).filter(s -> s.getName().equals(PoliceDemo.CHENGGUAN_STATION))
                .findFirst().orElseThrow();
        assertThat(reports.rows(chengguan.getId(), month.minusMonths(1))).extracting(row -> row.getOutcome())
                .contains(RowOutcome.REGISTERED, RowOutcome.NOTED);
        assertThat(registry.list(new PersonFilter(PoliceDemo.NEWCOMER, null, null, null)
                .and(FiveSteps.open(Step.VISIT)), PageRequest.of(0, 5))).extracting(Person::getName)
                .as("the newcomer waits for the visit").contains(PoliceDemo.NEWCOMER);
    }
}
