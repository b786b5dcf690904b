package cn.gongguan.demo;

import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of arrivals for the dashboards: newcomers in every month of the last twelve in 城关镇's and 伏家镇's villages,
 * most of them visited within days, some never — so the trend, the completion rates and the pending visits show real
 * differences between units and months.
 */
@Component
class DashboardDemo {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
    private static final String[] GIVEN = {"国栋", "玉梅", "海燕", "志强", "丽娟", "春生", "桂芳", "文华", "少军"};
    private static final int PER_TOWNSHIP = 36;

    private final PersonRegistry registry;
    private final FiveSteps fiveSteps;
    private final Today today;
    private final EntityManager entityManager;

    DashboardDemo(PersonRegistry registry, FiveSteps fiveSteps, Today today, EntityManager entityManager) {
        this.registry = registry;
        this.fiveSteps = fiveSteps;
        this.today = today;
        this.entityManager = entityManager;
    }

    /**
     * The year's arrivals of one township, spread over its villages, each registered on the day it arrived (as if the
     * township had kept its registry all year, so that a visit never made is overdue); run as one of its staff.
     */
    @Transactional
    void arrivals(int township, List<String> villages) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < PER_TOWNSHIP; i++) {
            numbers.add(idNumber(township, i));
        }
        if (!registry.registered(numbers).isEmpty()) {
            return;
        }
        LocalDate now = today.date();
        for (int i = 0; i < PER_TOWNSHIP; i++) {
            LocalDate arrival = now.minusMonths(i % 12).withDayOfMonth(1 + (i * 7 + township) % 27);
            if (arrival.isAfter(now)) {
                arrival = now;
            }
            Person person = registry.register(details(i, numbers.get(i), villages.get(i % villages.size()), arrival));
            LocalDate visit = arrival.plusDays(2 + i % 9);
            if ((i + township) % 5 != 0 && !visit.isAfter(now)) {
                fiveSteps.recordVisit(person.getId(), visit, "核实住址、工作单位和家庭成员（演示）");
            }
        }
        entityManager.createNativeQuery("""
                        update person set created_at = arrival_date + time '09:00' at time zone 'Asia/Shanghai'
                        where id_number in (?1)""")
                .setParameter(1, numbers).executeUpdate();
    }

    private static PersonDetails details(int i, String idNumber, String village, LocalDate arrival) {
        PersonDetails details = new PersonDetails();
        details.setName(SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length + i) % GIVEN.length]);
        details.setIdNumber(idNumber);
        details.setRegistrationPlace("620502001");
        details.setOrgUnit(village);
        details.setArrivalDate(arrival);
        details.setFlowType(i % 9 == 4 ? FlowType.INTRA_COUNTY : FlowType.INFLOW);
        details.setMaritalStatus(i % 3 == 0 ? MaritalStatus.UNMARRIED : MaritalStatus.MARRIED);
        details.setAddress("租住（演示）");
        return details;
    }

    /** A valid ID number of 秦州区, born in the 1980s or 1990s, distinct per township and person. */
    private static String idNumber(int township, int i) {
        String first17 = "620502" + (1980 + i % 20) + "%02d%02d".formatted(1 + i % 12, 1 + i % 28)
                + "%d%02d".formatted(township, i);
        return first17 + IdNumber.checkCharacter(first17);
    }
}
