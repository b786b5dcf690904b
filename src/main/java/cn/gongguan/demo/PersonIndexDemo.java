package cn.gongguan.demo;

import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The person index at work between 城关镇 and 伏家镇: 黄小燕 left 城关镇 for a place nobody knew, and 伏家镇 registered
 * her — 城关镇's record now names 伏家镇 as confirmed, and 伏家镇 owes 城关镇 feedback (open); 周红梅, 城关镇's
 * intra-county mover to 伏家镇, was registered there too, and 伏家镇's five-step feedback answered 城关镇's task.
 */
@Component
class PersonIndexDemo {

    private static final String HUANG = DemoContent.idNumber("19950716", 71, 2);
    private static final String ZHOU = DemoContent.idNumber("19970125", 53, 2);
    private static final String CHENGGUAN = "621227100";

    private final OutflowTrips trips;
    private final PersonRegistry registry;
    private final Feedbacks feedbacks;
    private final Today today;

    PersonIndexDemo(OutflowTrips trips, PersonRegistry registry, Feedbacks feedbacks, Today today) {
        this.trips = trips;
        this.registry = registry;
        this.feedbacks = feedbacks;
        this.today = today;
    }

    /** 城关镇 declares 黄小燕 gone, nobody knows where; run as one of its staff. */
    void chengguan() {
        if (trips.count(new OutflowFilter("黄小燕", null, null)) > 0) {
            return;
        }
        LocalDate day = today.date();
        PersonDetails person = person("黄小燕", HUANG, "621227100200");
        TripDetails nobodyKnowsWhere = new TripDetails(day.minusDays(35), null, null, null, null, false, "家属",
                day.minusDays(30));
        trips.depart(person, nobodyKnowsWhere, TripSource.TOWNSHIP);
    }

    /** 伏家镇 registers both as living there, and sends 周红梅's five-step feedback; run as one of its staff. */
    void fujia() {
        if (!registry.registered(java.util.List.of(HUANG, ZHOU)).isEmpty()) {
            return;
        }
        registry.register(inflow(person("黄小燕", HUANG, "621227101200"), FlowType.INFLOW));
        Person zhou = registry.register(inflow(person("周红梅", ZHOU, "621227101200"), FlowType.INTRA_COUNTY));
        feedbacks.send(zhou.getId(), FeedbackOutcome.MEASURES_IN_PLACE, "在伏家镇某农家乐务工，已落实管理服务措施（演示）");
    }

    private PersonDetails inflow(PersonDetails person, FlowType flowType) {
        person.setRegistrationPlace(CHENGGUAN);
        person.setFlowType(flowType);
        person.setArrivalDate(today.date().minusDays(18));
        person.setAddress("伏家镇伏镇村 3 组");
        return person;
    }

    private static PersonDetails person(String name, String idNumber, String village) {
        PersonDetails person = new PersonDetails();
        person.setName(name);
        person.setIdNumber(idNumber);
        person.setOrgUnit(village);
        person.setMaritalStatus(MaritalStatus.MARRIED);
        return person;
    }
}
