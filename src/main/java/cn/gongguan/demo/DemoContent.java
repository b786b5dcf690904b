package cn.gongguan.demo;

import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Residence;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.AccountProvisioning;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Demo content for 城关镇 and 北街居委会: the service contacts, a few inflow persons at different points of the
 * five-step method, and 北街's rental houses with their landlords' reports; the exchange between 伏家镇 and 城关镇
 * ({@link ExchangeDemo}). It goes through the application's own services as the demo users, so every rule and audit
 * applies; it runs once (only while the township's registry is empty).
 */
@Component
class DemoContent {

    private final PersonIndexDemo personIndex;
    private final AccountProvisioning accounts;
    private final PersonRegistry registry;
    private final FiveSteps fiveSteps;
    private final FollowUps followUps;
    private final Archives archives;
    private final Feedbacks feedbacks;
    private final ServiceContacts contacts;
    private final RentalHouses houses;
    private final MonthlyReports reports;
    private final OutflowDemo outflow;
    private final SixOnesDemo sixOnes;
    private final OfficerReportDemo officerReports;
    private final IncentiveDemo incentives;
    private final RecheckDemo recheck;
    private final DashboardDemo dashboard;
    private final FigureRecount figures;
    private final ExchangeDemo exchange;
    private final GlassDemo glass;
    private final GovernanceDemo governance;
    private final KeyLocationDemo keyLocations;
    private final OperationDemo operations;
    private final OperationTaskDemo operationTasks;
    private final AssessmentDemo assessment;
    private final EnterpriseDemo enterprises;
    private final CertificateDemo certificates;
    private final CounterDemo counter;
    private final CooperationDemo cooperation;
    private final PoliceDemo police;
    private final CertificateApiDemo certificateApi;

    private final NationalDemo national;
    private final Clock clock;
    private final Today today;

    DemoContent(AccountProvisioning accounts, PersonRegistry registry, FiveSteps fiveSteps, FollowUps followUps,
                Archives archives, Feedbacks feedbacks, ServiceContacts contacts, RentalHouses houses,
                MonthlyReports reports, OutflowDemo outflow, SixOnesDemo sixOnes, OfficerReportDemo officerReports,
                IncentiveDemo incentives, RecheckDemo recheck, ExchangeDemo exchange, NationalDemo national,
                PersonIndexDemo personIndex, GlassDemo glass, DashboardDemo dashboard, FigureRecount figures,
                GovernanceDemo governance, KeyLocationDemo keyLocations, OperationDemo operations,
                OperationTaskDemo operationTasks, AssessmentDemo assessment, CertificateDemo certificates,
                CounterDemo counter, CooperationDemo cooperation, EnterpriseDemo enterprises, PoliceDemo police,
                CertificateApiDemo certificateApi, Clock clock, Today today) {
        this.counter = counter;
        this.assessment = assessment;
        this.enterprises = enterprises;
        this.certificates = certificates;
        this.cooperation = cooperation;
        this.police = police;
        this.certificateApi = certificateApi;
        this.keyLocations = keyLocations;
        this.exchange = exchange;
        this.dashboard = dashboard;
        this.figures = figures;
        this.glass = glass;
        this.governance = governance;
        this.operations = operations;
        this.operationTasks = operationTasks;
        this.personIndex = personIndex;
        this.officerReports = officerReports;
        this.outflow = outflow;
        this.sixOnes = sixOnes;
        this.incentives = incentives;
        this.recheck = recheck;
        this.national = national;
        this.houses = houses;
        this.reports = reports;
        this.accounts = accounts;
        this.registry = registry;
        this.fiveSteps = fiveSteps;
        this.followUps = followUps;
        this.archives = archives;
        this.feedbacks = feedbacks;
        this.contacts = contacts;
        this.clock = clock;
        this.today = today;
    }

    void seed() {
        as("chengguan.admin", () -> {
            if (contacts.current().isEmpty()) {
                contacts.save(-1, "城关镇计划生育办公室", "0939-7512345（演示）", "徽县城关镇人民政府一楼", "工作日 8:30–12:00，14:30–18:00");
            }
        });
        as("beijie.clerk", () -> {
            if (contacts.current().isEmpty()) {
                contacts.save(-1, "北街居委会计生服务室", "0939-7523456（演示）", "徽县城关镇北街居委会", "工作日 9:00–17:00");
            }
        });
        as("chengguan.staff", this::persons);
        as("beijie.clerk", this::housing);
        as("chengguan.staff", outflow::chengguan);
        as("fujia.staff", outflow::fujia);
        as("chengguan.admin", sixOnes::chengguan);
        officerReports.chengguan();
        as("chengguan.staff", incentives::chengguan);
        as("chengguan.officer", recheck::chengguan);
        exchange.seed();

        as("chengguan.staff", national::chengguan);
        as("chengguan.staff", personIndex::chengguan);
        as("fujia.staff", personIndex::fujia);
        as("chengguan.staff", () -> dashboard.arrivals(0, List.of("621227100200", "621227100201", "621227100202",
                "621227100203", "621227100204")));
        as("fujia.staff", () -> dashboard.arrivals(1, List.of("621227101200", "621227101202", "621227101203")));
        glass.seed();
        governance.seed();
        as("chengguan.staff", keyLocations::chengguan);
        as("fujia.staff", keyLocations::fujia);
        as("beijie.clerk", keyLocations::beijieSweepPlan);
        operations.seed();
        // after the county's operations: the township's share of the winter operation
        as("chengguan.staff", operationTasks::chengguan);
        assessment.seed();
        as("chengguan.staff", enterprises::chengguan);
        as("beijie.clerk", enterprises::beijie);
        certificates.seed();
        as("chengguan.staff", counter::chengguan);
        cooperation.seed();
        as("chengguan.admin", police::chengguan);
        certificateApi.seed();
        // the dashboards show counted figures from the first page view, not after the first background run
        figures.recountDue();
    }

    /** Three rental houses of 北街: one reported last month and this month, one last month only, one never. */
    private void housing() {
        if (houses.count() > 0) {
            return;
        }
        RentalHouse first = houses.register(new HouseDetails(null, "北街 12 号院 2 单元 301", "马建华",
                idNumber("19650312", 31, 1), "13909391234", 3));
        RentalHouse second = houses.register(new HouseDetails(null, "北街 27 号", "赵玉兰", idNumber("19700828", 32, 2),
                "13909395678", 2));
        houses.register(new HouseDetails(null, "北街 35 号 1 楼", "孙国庆", idNumber("19591001", 33, 1), null, 1));
        YearMonth month = reports.currentMonth();
        LocalDate lastMonth = month.minusMonths(1).atDay(10);
        reports.record(first.getId(), month.minusMonths(1), -1, List.of(
                LineInput.newcomer(newcomer("周海燕", "19960405", 41, 2, "620502002"), lastMonth, true),
                LineInput.newcomer(newcomer("吴志强", "19900711", 42, 1, "610304102"), lastMonth, false)), null);
        reports.record(second.getId(), month.minusMonths(1), -1, List.of(
                LineInput.newcomer(newcomer("郑红梅", "19930219", 43, 2, "621226101"), lastMonth.plusDays(5), false)),
                null);
        MonthlyReports.Draft draft = reports.draft(first.getId(), month);
        reports.record(first.getId(), month, -1, draft.lines().stream()
                .map(l -> LineInput.resident(l.getPersonId(), Residence.STAYING, null)).toList(), null);
    }

    private static PersonDetails newcomer(String name, String birth, int sequence, int sex, String registrationPlace) {
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(idNumber(birth, sequence, sex));
        details.setRegistrationPlace(registrationPlace);
        return details;
    }

    /** A valid demo ID number of this county: birth date, a two-digit sequence, and the sex digit (odd male). */
    static String idNumber(String birth, int sequence, int sex) {
        String first17 = "621227" + birth + "%02d%d".formatted(sequence, sex);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private void persons() {
        if (registry.count(PersonFilter.ALL) > 0) {
            return;
        }
        LocalDate today = this.today.date();
        Person li = person("李秀英", "1992-03-14", 2, "621227101", MaritalStatus.MARRIED, 1, false, today.minusDays(20));
        Person wang = person("王建国", "1985-07-02", 1, "610304101", MaritalStatus.MARRIED, 2, true, today.minusDays(12));
        Person zhang = person("张丽", "1998-11-23", 4, "620502001", MaritalStatus.UNMARRIED, 0, false, today.minusDays(5));
        Person liu = person("刘芳", "1988-05-30", 6, "621226100", MaritalStatus.MARRIED, 1, true, today.minusDays(40));
        person("陈伟", "1979-09-09", 3, "610304101", MaritalStatus.MARRIED, 2, true, today.minusDays(2));
        person("杨静", "1995-01-18", 8, "621226101", MaritalStatus.MARRIED, 0, false, today.minusDays(1));

        fiveSteps.recordVisit(li.getId(), today.minusDays(18), "核实住址和电话；已婚，育有一孩，未带《婚育证明》");
        fiveSteps.recordDelivery(li.getId(), today.minusDays(18), true, "");
        followUps.schedule(li.getId(), FollowUpKind.KEY_GROUP, today, "上门随访，了解婚育证明办理进度");
        fiveSteps.recordVisit(wang.getId(), today.minusDays(10), "核实住址、工作单位和家庭成员");
        fiveSteps.recordVisit(liu.getId(), today.minusDays(38), "核实住址；已婚，持有《婚育证明》");
        fiveSteps.recordDelivery(liu.getId(), today.minusDays(38), false, "");
        archives.save(liu.getId(), Archive.HOUSEHOLD, -1, Map.of("householdSize", "3", "housing", "RENTED",
                "occupation", "个体经营"));
        archives.save(liu.getId(), Archive.NEEDS, -1, Map.of("services", "孕前优生检查"));
        // a record corrected after the visit: the person's page shows the earlier phone and address
        PersonDetails corrected = liu.details();
        corrected.setPhone("13909391234");
        corrected.setAddress("城关镇东街 16 号 2 单元");
        registry.update(liu.getId(), liu.getVersion(), corrected);
        FollowUp quarterly = followUps.schedule(liu.getId(), FollowUpKind.KEY_GROUP, today, "季度随访");
        followUps.complete(quarterly.getId(), quarterly.getVersion(), today, FollowUpOutcome.CONTRACEPTION_IN_PLACE,
                "已放置宫内节育器，本季度复查正常（演示备注，加密保存）");
        feedbacks.send(liu.getId(), FeedbackOutcome.MEASURES_IN_PLACE,
                "已婚，育有一孩，持有有效《婚育证明》，已落实长效避孕措施（演示备注，加密保存）");
        fiveSteps.recordVisit(zhang.getId(), today.minusDays(4), "核实住址；未婚");
    }

    private Person person(String name, String birth, int sequence, String registrationPlace, MaritalStatus marital,
                          int children, boolean certificateChecked, LocalDate arrival) {
        boolean female = !name.equals("王建国") && !name.equals("陈伟");
        PersonDetails details = new PersonDetails();
        details.setName(name);
        details.setIdNumber(idNumber(birth.replace("-", ""), sequence, female ? 2 : 1));
        details.setRegistrationPlace(registrationPlace);
        details.setArrivalDate(arrival);
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(marital);
        details.setChildren(children);
        details.setCertificateChecked(certificateChecked);
        details.setPhone("1380939%04d".formatted(sequence * 137));
        details.setAddress("城关镇东街 " + (10 + sequence) + " 号");
        return registry.register(details);
    }

    /** Runs the work as a demo user: authenticated as the login would, in that user's tenant. */
    private void as(String username, Runnable work) {
        accounts.runAs(username, work);
    }
}
