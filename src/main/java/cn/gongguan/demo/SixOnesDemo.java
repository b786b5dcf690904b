package cn.gongguan.demo;

import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.sixones.AssociationDetails;
import cn.gongguan.outflow.sixones.CertificateDetails;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.outflow.sixones.ContraceptiveMeasures;
import cn.gongguan.outflow.sixones.ContraceptiveMethod;
import cn.gongguan.outflow.sixones.ContractDetails;
import cn.gongguan.outflow.sixones.FpAssociation;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.HealthServiceKind;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.outflow.sixones.MeasureDetails;
import cn.gongguan.outflow.sixones.ServiceDetails;
import cn.gongguan.outflow.sixones.ServicePlace;
import cn.gongguan.platform.Today;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The six ones of 城关镇's demo outflow persons: the associations of 先农村 and 樊塄村; 赵海燕 with all six, 周红梅
 * with half, and 吴丽 — away last quarter too (before and after her return) — without the service she was due then.
 */
@Component
class SixOnesDemo {

    private static final String XIANNONG = "621227100200";
    private static final String FANLENG = "621227100201";

    private final FpAssociations associations;
    private final ManagementContracts contracts;
    private final Certificates certificates;
    private final HealthServices services;
    private final ContraceptiveMeasures measures;
    private final Archives archives;
    private final OutflowTrips trips;
    private final Today today;

    SixOnesDemo(FpAssociations associations, ManagementContracts contracts, Certificates certificates,
                HealthServices services, ContraceptiveMeasures measures, Archives archives, OutflowTrips trips,
                Today today) {
        this.associations = associations;
        this.contracts = contracts;
        this.certificates = certificates;
        this.services = services;
        this.measures = measures;
        this.archives = archives;
        this.trips = trips;
        this.today = today;
    }

    /** Run as 城关镇's administrator (who keeps the associations), after its outflow persons were seeded. */
    void chengguan() {
        if (!associations.list().isEmpty()) {
            return;
        }
        LocalDate day = today.date();
        FpAssociation xiannong = associations.save(null, 0, new AssociationDetails(XIANNONG, "先农村计划生育协会",
                LocalDate.of(2010, 3, 1), "王桂兰", "13993901111"));
        FpAssociation fanleng = associations.save(null, 0, new AssociationDetails(FANLENG, "樊塄村计划生育协会",
                LocalDate.of(2012, 6, 15), "李春梅", "13993902222"));

        long zhao = person("赵海燕");
        household(zhao, "4", "OWN", "在广州某电子厂务工");
        contract(zhao, xiannong, day.minusDays(70));
        certificates.save(zhao, null, -1, new CertificateDetails("GG2026-0001", day.minusDays(80),
                day.minusDays(80).plusYears(3)));
        services.save(zhao, null, -1, new ServiceDetails(day, EnumSet.of(HealthServiceKind.CONTRACEPTION_CHECK,
                HealthServiceKind.COUNSELLING), ServicePlace.DESTINATION, "广州市天河区妇幼保健院"));
        measures.save(zhao, -1, new MeasureDetails(ContraceptiveMethod.IUD, LocalDate.of(2019, 5, 10), ""));

        long zhou = person("周红梅");
        household(zhou, "3", "OWN", "在伏家镇某农家乐务工");
        contract(zhou, fanleng, day.minusDays(18));

        long wu = person("吴丽");
        certificates.save(wu, null, -1, new CertificateDetails("GG2026-0002", day.minusDays(32),
                day.minusDays(32).plusYears(3)));
    }

    private long person(String name) {
        return trips.list(new OutflowFilter(name, null, true), PageRequest.of(0, 1)).getFirst().getPerson().getId();
    }

    private void household(long personId, String size, String housing, String occupation) {
        archives.save(personId, Archive.HOUSEHOLD, -1,
                Map.of("householdSize", size, "housing", housing, "occupation", occupation));
    }

    private void contract(long personId, FpAssociation association, LocalDate signed) {
        contracts.save(personId, null, 0, new ContractDetails(association.getId(), signed, signed.plusYears(3),
                "一、乙方外出期间按时报告现居住地和联系方式的变化。\n二、乙方每季度接受一次生殖健康服务。\n"
                        + "三、乙方落实可靠的避孕节育措施。\n四、甲方为乙方提供咨询和代办服务。"));
    }
}
