package cn.gongguan.demo;

import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Demo outflow persons of a township at different states: away and declared in time, declared late, gone to another
 * township of the county, returned, and one who returned and left again (a repeated outflow).
 */
@Component
class OutflowDemo {

    private static final String GUANGZHOU_TIANHE = "440106001";
    private static final String XIAN_YANTA = "610113001";
    private static final String LANZHOU_CHENGGUAN = "620102001";
    private static final String FUJIA = "621227101";

    private final OutflowTrips trips;
    private final Today today;

    OutflowDemo(OutflowTrips trips, Today today) {
        this.trips = trips;
        this.today = today;
    }

    /** 城关镇's outflow persons, in the first two villages; run as one of its staff. */
    void chengguan() {
        if (trips.count(new OutflowFilter(null, null, null)) > 0) {
            return;
        }
        LocalDate day = today.date();
        depart("赵海燕", "19940312", 51, 2, "621227100200", trip(day.minusDays(75), GUANGZHOU_TIANHE,
                "天河区棠下村 12 号", "广州某电子厂", "13902001234", true, day.minusDays(78)));
        depart("孙明", "19900708", 52, 1, "621227100200", trip(day.minusDays(40), XIAN_YANTA,
                "雁塔区小寨东路 5 号", "西安某建筑公司", "13709112345", false, day.minusDays(25)));
        depart("周红梅", "19970125", 53, 2, "621227100201", trip(day.minusDays(20), FUJIA,
                "伏家镇伏镇村 3 组", "伏家镇某农家乐", "13993912345", true, day.minusDays(20)));
        OutflowTrip first = depart("吴丽", "19920918", 54, 2, "621227100201", trip(day.minusDays(300),
                LANZHOU_CHENGGUAN, "城关区南关什字 8 号", "兰州某商场", "13893112345", true, day.minusDays(300)));
        trips.returned(first.getId(), first.getVersion(), day.minusDays(120));
        trips.departOf(first.getPerson().getId(), trip(day.minusDays(30), GUANGZHOU_TIANHE, "天河区石牌东路 20 号",
                "广州某服装厂", "13802001234", true, day.minusDays(31)), TripSource.TOWNSHIP);
        OutflowTrip back = depart("郑强", "19880303", 55, 1, "621227100200", trip(day.minusDays(200), XIAN_YANTA,
                "雁塔区长延堡 2 号", "西安某物流公司", "13609112345", false, day.minusDays(200)));
        trips.returned(back.getId(), back.getVersion(), day.minusDays(15));
    }

    /** 伏家镇's outflow persons; run as one of its staff. */
    void fujia() {
        if (trips.count(new OutflowFilter(null, null, null)) > 0) {
            return;
        }
        LocalDate day = today.date();
        depart("冯小兰", "19960511", 61, 2, "621227101200", trip(day.minusDays(50), LANZHOU_CHENGGUAN,
                "城关区张掖路 30 号", "兰州某餐馆", "13919312345", true, day.minusDays(52)));
        depart("陈志刚", "19870822", 62, 1, "621227101202", trip(day.minusDays(10), GUANGZHOU_TIANHE,
                null, null, null, false, day.minusDays(3)));
    }

    private OutflowTrip depart(String name, String birth, int sequence, int sex, String village, TripDetails trip) {
        PersonDetails person = new PersonDetails();
        person.setName(name);
        person.setIdNumber(DemoContent.idNumber(birth, sequence, sex));
        person.setOrgUnit(village);
        person.setAddress("村内 " + sequence + " 号");
        person.setMaritalStatus(MaritalStatus.MARRIED);
        person.setPhone("1389393%04d".formatted(sequence * 31));
        return trips.depart(person, trip, TripSource.TOWNSHIP);
    }

    private static TripDetails trip(LocalDate left, String destination, String address, String workUnit, String phone,
                                    boolean certificateHeld, LocalDate declaredOn) {
        return new TripDetails(left, destination, address, workUnit, phone, certificateHeld, "本人", declaredOn);
    }
}
