package cn.gongguan.demo;

import cn.gongguan.outflow.IncentiveDetails;
import cn.gongguan.outflow.IncentiveKind;
import cn.gongguan.outflow.Incentives;
import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.Today;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Demo incentives in 城关镇: a pregnancy check reimbursed to 赵海燕, who declared her departure in time, and papers
 * handled for 吴丽 and her only-child reward given priority.
 */
@Component
class IncentiveDemo {

    private final Incentives incentives;
    private final OutflowTrips trips;
    private final Today today;

    IncentiveDemo(Incentives incentives, OutflowTrips trips, Today today) {
        this.incentives = incentives;
        this.trips = trips;
        this.today = today;
    }

    /** Run as one of 城关镇's staff, after its outflow persons. */
    void chengguan() {
        LocalDate day = today.date();
        give("赵海燕", new IncentiveDetails(IncentiveKind.PREGNANCY_CHECK, day.minusDays(10), new BigDecimal("180.00"),
                "广州天河区妇幼保健院孕检"));
        give("吴丽", new IncentiveDetails(IncentiveKind.PAPERS_HANDLED, day.minusDays(28), null, "代办婚育证明"),
                new IncentiveDetails(IncentiveKind.REWARD_PRIORITY, day.minusDays(3), null, null));
    }

    private void give(String name, IncentiveDetails... given) {
        for (OutflowTrip trip : trips.list(new OutflowFilter(name, null, true), PageRequest.of(0, 1))) {
            long person = trip.getPerson().getId();
            if (incentives.of(person).isEmpty()) {
                for (IncentiveDetails details : given) {
                    incentives.give(person, details);
                }
            }
        }
    }
}
