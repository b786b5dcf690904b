package cn.gongguan.demo;

import cn.gongguan.outflow.RecheckEntry;
import cn.gongguan.outflow.RecheckGeneration;
import cn.gongguan.outflow.RecheckList;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 城关镇's re-check of this month under way: 先农村's officer has added an outflow the re-check found (王秀英) and
 * marked 孙明 as away without the certificate (a follow-up for the township); 赵海燕 is still to be checked, and
 * 樊塄村's list is untouched — so the township's progress shows units in different states.
 */
@Component
class RecheckDemo {

    private static final String LANZHOU_QILIHE = "620103001";

    private final RecheckGeneration generation;
    private final Rechecks rechecks;
    private final Today today;

    RecheckDemo(RecheckGeneration generation, Rechecks rechecks, Today today) {
        this.generation = generation;
        this.rechecks = rechecks;
        this.today = today;
    }

    /** Run as 先农村's officer, after the township's outflow persons are seeded; once, before any list exists. */
    void chengguan() {
        if (!rechecks.months().isEmpty()) {
            return;
        }
        generation.generate(today.month());
        RecheckList list = rechecks.ownList().orElseThrow();
        List<RecheckEntry> entries = rechecks.entries(list.getId(), "孙明", PageRequest.of(0, 1));
        entries.forEach(sun -> rechecks.mark(list.getId(), sun.getPerson().getId(), sun.getVersion(),
                RecheckResult.CERTIFICATE_MISSING, "在西安打工，说证明在老家，回来补办", null));
        PersonDetails wang = new PersonDetails();
        wang.setName("王秀英");
        wang.setIdNumber(DemoContent.idNumber("19950617", 56, 2));
        wang.setAddress("村内 56 号");
        wang.setMaritalStatus(MaritalStatus.MARRIED);
        LocalDate left = today.date().minusDays(45);
        rechecks.addDiscovered(list.getId(), wang, new TripDetails(left, LANZHOU_QILIHE, "七里河区西站东路 9 号",
                "兰州某超市", "13919398765", true, "家属", today.date()));
    }
}
