package cn.gongguan.demo;

import cn.gongguan.counter.CounterService;
import cn.gongguan.counter.CounterVisit;
import cn.gongguan.counter.CounterVisits;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 城关镇's one-stop counter (issue 16): a few services given yesterday and today, one with a sealed note, so that the
 * day's log and a person's counter history have something to show. Seeded again only on a day with none yesterday
 * and today.
 */
@Component
class CounterDemo {

    private final CounterVisits visits;
    private final PersonRegistry registry;
    private final Today today;
    private final EntityManager entityManager;

    CounterDemo(CounterVisits visits, PersonRegistry registry, Today today, EntityManager entityManager) {
        this.visits = visits;
        this.registry = registry;
        this.today = today;
        this.entityManager = entityManager;
    }

    /** Run as 城关镇's staff, after its inflow and outflow persons were seeded. */
    @Transactional
    void chengguan() {
        if (visits.count(today.date()) > 0 || visits.count(today.date().minusDays(1)) > 0) {
            return;
        }
        CounterVisit checked = visits.record(person("王建国"), CounterService.CERTIFICATE_CHECKED, null);
        CounterVisit consulted = visits.record(person("刘芳"), CounterService.CONSULTATION,
                "咨询流入地免费孕前优生检查的地点和时间（演示备注，加密保存）");
        // yesterday's: recorded now, then moved back a day, as the service records only what is done today
        entityManager.createNativeQuery("""
                        update counter_visit set served_on = served_on - 1, served_at = served_at - interval '1 day'
                        where id in (?1)""")
                .setParameter(1, List.of(checked.getId(), consulted.getId())).executeUpdate();
        visits.record(person("李秀英"), CounterService.INFORMATION, null);
        visits.record(person("赵海燕"), CounterService.PROOF, "开具外出务工婚育情况证明（演示备注，加密保存）");
        visits.record(person("张丽"), CounterService.CONSULTATION, null);
    }

    private long person(String name) {
        List<Person> found = registry.list(new PersonFilter(name, null, null, null), PageRequest.of(0, 1));
        return found.getFirst().getId();
    }
}
