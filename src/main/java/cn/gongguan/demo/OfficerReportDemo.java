package cn.gongguan.demo;

import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.CurrentUser;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Demo officers' reports in 城关镇: a departure chengguan.officer reported, waiting for the township's acceptance; an
 * arrival the township returned with a reason; and chengguan.group's arrival waiting at the village station. Made
 * through the service as those users, once (while chengguan.officer has no reports).
 */
@Component
class OfficerReportDemo {

    private static final String GUANGZHOU_TIANHE = "440106001";
    private static final String TIANSHUI = "620502002";

    private final OfficerReports reports;
    private final AccountProvisioning accounts;
    private final Today today;

    OfficerReportDemo(OfficerReports reports, AccountProvisioning accounts, Today today) {
        this.reports = reports;
        this.accounts = accounts;
        this.today = today;
    }

    void chengguan() {
        LocalDate day = today.date();
        long[] returned = new long[2];
        accounts.runAs("chengguan.officer", () -> {
            if (reports.countMine() > 0) {
                return;
            }
            String village = CurrentUser.get().orgUnit();
            PersonDetails leaving = person("何小燕", "19950620", 71, 2, village);
            leaving.setAddress("村内 71 号");
            reports.report(ReportInput.departure(leaving, new TripDetails(day.minusDays(2), GUANGZHOU_TIANHE,
                    "天河区龙口西路 6 号", "广州某制衣厂", "13802007171", true, "本人", day.minusDays(3))));
            OfficerReport arrival = reports.report(ReportInput.arrival(newcomer("马丽", "19930314", 72, village)));
            returned[0] = arrival.getId();
            returned[1] = arrival.getVersion();
        });
        if (returned[0] != 0) {
            accounts.runAs("chengguan.staff", () -> reports.sendBack(returned[0], returned[1],
                    "户籍地与身份证不符，请核实后重新上报"));
        }
        accounts.runAs("chengguan.group", () -> {
            if (reports.countMine() == 0) {
                reports.report(ReportInput.arrival(newcomer("韩梅", "19970909", 73, CurrentUser.get().orgUnit())));
            }
        });
    }

    private PersonDetails newcomer(String name, String birth, int sequence, String unit) {
        PersonDetails details = person(name, birth, sequence, 2, unit);
        details.setRegistrationPlace(TIANSHUI);
        details.setFlowType(FlowType.INFLOW);
        details.setArrivalDate(today.date().minusDays(4));
        details.setAddress("村内 " + sequence + " 号（租住）");
        return details;
    }

    private static PersonDetails person(String name, String birth, int sequence, int sex, String unit) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(DemoContent.idNumber(birth, sequence, sex));
        details.setOrgUnit(unit);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        details.setPhone("1399393%04d".formatted(sequence * 31));
        return details;
    }
}
