package cn.gongguan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.counter.CounterService;
import cn.gongguan.counter.CounterVisits;
import cn.gongguan.platform.Today;
import cn.gongguan.security.ReadReason;
import cn.gongguan.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 城关镇's counter demo as its staff meet it: services yesterday and today, a sealed note; seeded once. */
class CounterDemoTest extends UiTest {

    @Autowired
    CounterVisits visits;
    @Autowired
    CounterDemo demo;
    @Autowired
    Today today;

    @Test
    void chengguansCounterServedPeopleYesterdayAndTodayAndASecondSeedAddsNothing() {
        login("chengguan.staff", HomeView.class);
        var yesterday = visits.day(today.date().minusDays(1), 0, 100);
        assertThat(yesterday).extracting(e -> e.visit().getService())
                .contains(CounterService.CERTIFICATE_CHECKED, CounterService.CONSULTATION);
        var consulted = yesterday.stream().filter(e -> e.visit().hasNote()).findFirst().orElseThrow();
        assertThat(visits.openNote(consulted.visit().getId(), ReadReason.SERVICE)).contains("演示");
        assertThat(visits.day(today.date(), 0, 100)).extracting(CounterVisits.Entry::name)
                .contains("李秀英", "赵海燕");

        int before = visits.count(today.date()) + visits.count(today.date().minusDays(1));
        demo.chengguan();
        assertThat(visits.count(today.date()) + visits.count(today.date().minusDays(1))).isEqualTo(before);
    }
}
