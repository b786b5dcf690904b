package cn.gongguan.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.TwoEditors;
import cn.gongguan.UiTest;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.HousingFigures;
import cn.gongguan.housing.LineInput;
import cn.gongguan.housing.MonthlyReport;
import cn.gongguan.housing.MonthlyReports;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Residence;
import cn.gongguan.housing.Sweep;
import cn.gongguan.housing.Sweeps;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFilter;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.TestLogins;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A residents' committee clerk records a landlord's monthly report through the form: newcomers become inflow
 * persons awaiting their visit, a wrong entry is refused at its field, a correction keeps the earlier version.
 */
class MonthlyReportUiTest extends UiTest {

    private static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode DONGJIE = TenantCode.of("621227100002");
    private static final AtomicInteger HOUSES = new AtomicInteger();

    @Autowired
    RentalHouses houses;
    @Autowired
    MonthlyReports reports;
    @Autowired
    PersonRegistry registry;
    @Autowired
    FiveSteps fiveSteps;
    @Autowired
    HousingFigures figures;
    @Autowired
    Sweeps sweeps;
    @Autowired
    Divisions divisions;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestLogins logins;
    @Autowired
    TwoEditors editors;

    @Test
    void aReportIsRecordedThroughTheFormAndItsNewcomerAwaitsTheVisit() {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        UI.getCurrent().navigate(MonthlyReportsView.class);
        MonthlyReportsView worklist = _get(MonthlyReportsView.class);
        assertThat(GridKt._findAll(worklist.missing)).extracting(RentalHouse::getId).contains(house.getId());
        HousingFigures.Figures before = figures.of(BEIJIE, month);

        ReportView form = open(house, month);
        _click(form.addNewcomer);
        NewcomerRow row = form.newcomers.getFirst();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1995, 9, 9), Sex.FEMALE);
        _setValue(row.person.idNumber, id.substring(0, 17) + (id.charAt(17) == '1' ? "2" : "1"));
        _setValue(row.person.name, "月报新人");
        _setValue(row.person.registrationPlace, divisions.find("510107001").orElseThrow());
        _click(form.save);
        assertThat(row.person.idNumber.getErrorMessage()).startsWith("公民身份号码校验位不符");
        _setValue(row.person.idNumber, id);
        _click(form.save);
        assertThat(row.person.maritalStatus.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(row.person.maritalStatus, MaritalStatus.MARRIED);
        assertThat(row.person.name.getValue()).isEqualTo("月报新人");

        _setValue(row.movedIn, month.minusMonths(1).atDay(28));
        _click(form.save);
        assertThat(row.movedIn.getErrorMessage()).isEqualTo("日期须在所报月份内，且不晚于今天");

        _setValue(row.movedIn, month.atDay(1));
        _setValue(row.person.certificateChecked, true);
        _click(form.save);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MonthlyReportsView.class);

        MonthlyReportsView after = _get(MonthlyReportsView.class);
        assertThat(GridKt._findAll(after.missing)).extracting(RentalHouse::getId).doesNotContain(house.getId());
        assertThat(GridKt._findAll(after.received)).extracting(MonthlyReport::getHouseId).contains(house.getId());
        Person newcomer = registry.list(new PersonFilter(id, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(newcomer.getFlowType()).isEqualTo(FlowType.INFLOW);
        assertThat(newcomer.getArrivalDate()).isEqualTo(month.atDay(1));
        assertThat(newcomer.isCertificateChecked()).isTrue();
        assertThat(newcomer.getMaritalStatus()).isEqualTo(MaritalStatus.MARRIED);
        assertThat(fiveSteps.checklist(newcomer.getId()).get(Step.VISIT)).isEmpty();

        HousingFigures.Figures now = figures.of(BEIJIE, month);
        assertThat(reports.residents(house.getId())).isOne();
        assertThat(now.reportsReceived()).isEqualTo(before.reportsReceived() + 1);
        assertThat(now.personsReported()).isEqualTo(before.personsReported() + 1);
        HousingFigures.Figures township = figures.of(CHENGGUAN, month);
        assertThat(township.reportsReceived()).isGreaterThanOrEqualTo(now.reportsReceived());
    }

    @Test
    void aCorrectionNeedsAReasonRefusesAMoveOutBeforeTheMoveInAndKeepsTheEarlierVersion() {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1988, 8, 8), Sex.MALE);
        LocalDate movedIn = LocalDate.now(CountyTime.ZONE).withDayOfMonth(Math.min(LocalDate.now(CountyTime.ZONE).getDayOfMonth(), 20));
        MonthlyReport first = reports.record(house.getId(), month, -1,
                List.of(LineInput.newcomer(details("更正对象", id), movedIn, false)), null);

        ReportView form = open(house, month);
        assertThat(form.reason.isVisible()).isTrue();
        ResidentRow resident = form.residents.getFirst();
        _setValue(resident.status, Residence.DEPARTED);
        _setValue(resident.movedOn, month.atDay(1).isBefore(movedIn) ? month.atDay(1) : movedIn.minusDays(1));
        _click(form.save);
        assertThat(form.reason.getErrorMessage()).isEqualTo("更正已报的月报须写明原因");
        _setValue(form.reason, "房东补报：此人已搬走");
        _click(form.save);
        if (movedIn.getDayOfMonth() > 1) {
            assertThat(resident.movedOn.getErrorMessage()).startsWith("搬离日期不能早于搬入日期");
        }
        _setValue(resident.movedOn, movedIn);
        _click(form.save);

        MonthlyReport corrected = reports.received(month).stream().filter(r -> r.getHouseId() == house.getId())
                .findFirst().orElseThrow();
        assertThat(corrected.getRevision()).isEqualTo(2);
        assertThat(corrected.getLines()).singleElement().satisfies(l -> assertThat(l.getStatus()).isEqualTo(Residence.DEPARTED));
        assertThat(reports.history(first.getId())).singleElement().satisfies(r -> {
            assertThat(r.getRevision()).isEqualTo(1);
            assertThat(r.getReason()).isEqualTo("房东补报：此人已搬走");
            assertThat(r.earlierLines()).singleElement().satisfies(l -> {
                assertThat(l.getStatus()).isEqualTo(Residence.ARRIVED);
                assertThat(l.getMovedOn()).isEqualTo(movedIn);
            });
        });
    }

    @Test
    void aPersonInTwoHousesInOneMonthAndAReportForAFutureMonthAreRefused() {
        login("beijie.clerk", HomeView.class);
        RentalHouse one = house();
        RentalHouse other = house();
        YearMonth month = reports.currentMonth();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1991, 1, 1), Sex.MALE);
        reports.record(one.getId(), month, -1, List.of(LineInput.newcomer(details("两处居住", id), month.atDay(1), false)), null);
        assertThatThrownBy(() -> reports.record(other.getId(), month, -1,
                List.of(LineInput.newcomer(details("两处居住", id), month.atDay(1), false)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].person");
                    assertThat(e.messageKey()).isEqualTo("report.person.otherHouse");
                });
        assertThatThrownBy(() -> reports.record(other.getId(), month.plusMonths(1), -1, List.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("month"));
        assertThatThrownBy(() -> reports.record(other.getId(), month.minusMonths(MonthlyReports.MONTHS_OPEN), -1,
                List.of(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("month");
                    assertThat(e.messageKey()).isEqualTo("report.month.tooEarly");
                });
        UI.getCurrent().navigate("monthly-reports/" + other.getId() + "/0001-01");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(MonthlyReportsView.class);
        assertThat(houses.find(other.getId()).orElseThrow().getRegisteredOn()).isAfter(LocalDate.of(2000, 1, 1));
        assertThat(reports.missing(month)).extracting(RentalHouse::getId).contains(other.getId());
    }

    @Test
    void aHouseOwesReportsFromTheMonthItWasRegisteredOrFirstReportedFor() {
        login("beijie.clerk", HomeView.class);
        YearMonth current = reports.currentMonth();
        YearMonth previous = current.minusMonths(1);
        RentalHouse registeredToday = house();
        RentalHouse reportedLastMonth = house();
        reports.record(reportedLastMonth.getId(), previous, -1, List.of(), null);
        assertThat(reports.missing(current)).extracting(RentalHouse::getId).contains(registeredToday.getId());
        assertThat(reports.missing(previous)).extracting(RentalHouse::getId).doesNotContain(registeredToday.getId());
        long duePrevious = figures.of(BEIJIE, previous).reportsDue();

        reports.record(registeredToday.getId(), current.minusMonths(2), -1, List.of(), null);

        assertThat(reports.missing(previous)).extracting(RentalHouse::getId).contains(registeredToday.getId());
        assertThat(figures.of(BEIJIE, previous).reportsDue()).isEqualTo(duePrevious + 1);
        assertThat(houses.find(registeredToday.getId()).orElseThrow().getRegisteredOn()).isEqualTo(current.minusMonths(2).atDay(1));
    }

    @Test
    void aNewcomerAlreadyRegisteredIsLinkedAndMovedAndAWrongNameIsRefused() {
        login("beijie.clerk", HomeView.class);
        RentalHouse before = house();
        RentalHouse after = house();
        YearMonth month = reports.currentMonth();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1993, 3, 3), Sex.FEMALE);
        MonthlyReport first = reports.record(before.getId(), month, -1,
                List.of(LineInput.newcomer(details("搬家租客", id), month.atDay(1), false)), null);
        Person person = registry.list(new PersonFilter(id, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(person.getAddress()).isEqualTo(before.getAddress());

        assertThatThrownBy(() -> reports.record(after.getId(), month, -1,
                List.of(LineInput.newcomer(details("别人", id), month.atDay(1), true)), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("lines[0].name");
                    assertThat(e.messageKey()).isEqualTo("person.name.differs");
                });
        reports.record(before.getId(), month, first.getVersion(),
                List.of(LineInput.resident(person.getId(), Residence.DEPARTED, month.atDay(1))), "房东补报：已搬走");
        reports.record(after.getId(), month, -1,
                List.of(LineInput.newcomer(details("搬家租客", id), month.atDay(1), true)), null);

        List<Person> registered = registry.list(new PersonFilter(id, null, null, null), PageRequest.of(0, 5));
        assertThat(registered).singleElement().satisfies(moved -> {
            assertThat(moved.getId()).isEqualTo(person.getId());
            assertThat(moved.getAddress()).isEqualTo(after.getAddress());
            assertThat(moved.isCertificateChecked()).isTrue();
        });

        RentalHouse earlier = house();
        reports.record(earlier.getId(), month.minusMonths(1), -1,
                List.of(LineInput.newcomer(details("搬家租客", id), month.minusMonths(1).atDay(1), false)), null);
        assertThat(registry.find(person.getId()).orElseThrow().getAddress())
                .as("a late report of an earlier month moves nobody back").isEqualTo(after.getAddress());
    }

    @Test
    void aCorrectionShowsWhatTheReportSaidBeforeAndRecordsACertificateCheckedLater() {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        String id = PersonFixtures.newIdNumber(LocalDate.of(1994, 4, 4), Sex.FEMALE);
        reports.record(house.getId(), month, -1,
                List.of(LineInput.newcomer(details("补验租客", id), month.atDay(1), false)), null);

        ReportView form = open(house, month);
        ResidentRow row = form.residents.getFirst();
        assertThat(row.certificateChecked.isVisible()).isTrue();
        _setValue(row.certificateChecked, true);
        _setValue(form.reason, "房东补报：已查验婚育证明");
        _click(form.save);

        Person person = registry.list(new PersonFilter(id, null, null, null), PageRequest.of(0, 5)).getFirst();
        assertThat(person.isCertificateChecked()).isTrue();
        ReportView reopened = open(house, month);
        assertThat(reopened.history.getElement().getTextRecursively())
                .contains("房东补报：已查验婚育证明").contains("补验租客 · 本月搬入 · " + month.atDay(1))
                .doesNotContain("补验租客 · 本月搬入 · " + month.atDay(1) + " · 已查验");
    }

    @Test
    void aHouseNoLongerLetLeavesTheListsAndOwesNoReport() {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        long due = figures.of(BEIJIE, month).reportsDue();
        UI.getCurrent().navigate(RentalHousesView.class);
        RentalHousesView view = _get(RentalHousesView.class);
        List<RentalHouse> listed = GridKt._findAll(view.grid);
        GridKt._clickItem(view.grid, listed.stream().map(RentalHouse::getId).toList().indexOf(house.getId()));
        _click(_get(HouseDialog.class).withdraw);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).contains(house.getAddress());
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(houses.all()).extracting(RentalHouse::getId).doesNotContain(house.getId());
        assertThat(reports.missing(month)).extracting(RentalHouse::getId).doesNotContain(house.getId());
        assertThat(figures.of(BEIJIE, month).reportsDue()).isEqualTo(due - 1);
        assertThat(houses.find(house.getId()).orElseThrow().getWithdrawnOn()).isNotNull();
    }

    @Test
    void twoClerksRecordingTheSameReportAtOnceGetAMessageNotAnError() throws Exception {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        Authentication clerk = SecurityContextHolder.getContext().getAuthentication();
        CountDownLatch firstWritten = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<?> first = other.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(clerk);
                TenantContext.runAs(BEIJIE, () -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
                    reports.record(house.getId(), month, -1, List.of(), null);
                    firstWritten.countDown();
                    sleep(Duration.ofSeconds(2)); // the second clerk reads before this commits, then waits on the row
                }));
                return null;
            });
            assertThat(firstWritten.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> reports.record(house.getId(), month, -1, List.of(), null))
                    .isInstanceOfSatisfying(StaleEditException.class,
                            e -> assertThat(e.savedBy()).isEqualTo("beijie.clerk"));
            first.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
        }
        assertThat(reports.received(month)).filteredOn(r -> r.getHouseId() == house.getId()).hasSize(1);
    }

    @Test
    void aReportRecordedMeanwhileBySomeoneElseIsNamedAndReloadedForCorrection() {
        String colleague = logins.colleague("beijie.clerk");
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        YearMonth month = reports.currentMonth();
        ReportView form = open(house, month);
        assertThat(form.reason.isVisible()).isFalse();

        MonthlyReport theirs = editors.as(colleague, () -> reports.record(house.getId(), month, -1, List.of(), null));
        _click(form.save);
        Div notice = _get(form, Div.class, spec -> spec.withId("form-notice"));
        assertThat(notice.getElement().getTextRecursively()).as("who recorded it meanwhile, and when")
                .contains(colleague + " 已于 " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(theirs.getUpdatedAt().atZone(CountyTime.ZONE)));
        assertThat(reports.received(month)).filteredOn(r -> r.getHouseId() == house.getId()).singleElement()
                .satisfies(r -> assertThat(r.getRevision()).as("theirs is not overwritten").isEqualTo(1));

        _click(_get(form, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(notice.isVisible()).isFalse();
        assertThat(form.reason.isVisible()).as("their report opens for correction").isTrue();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWrongLandlordIdIsRefusedAtTheFieldOfTheHouseForm() {
        login("beijie.clerk", RentalHousesView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("register-house")));
        HouseDialog dialog = _get(HouseDialog.class);
        _setValue(dialog.address, "北街 99 号");
        _setValue(dialog.landlordName, "测试房东");
        _setValue(dialog.landlordIdNumber, "12345");
        _click(dialog.save);
        assertThat(dialog.landlordIdNumber.isInvalid()).isTrue();
        assertThat(dialog.address.getValue()).isEqualTo("北街 99 号");
    }

    @Test
    void anotherUnitsUserReachesNoneOfIt() {
        accounts.ensureDemo(DONGJIE, new NewUser("dongjie.clerk", "东街居委会文书", Role.COMMITTEE_CLERK, null), DEMO_PASSWORD, null);
        login("beijie.clerk", HomeView.class);
        RentalHouse house = house();
        reports.record(house.getId(), reports.currentMonth(), -1, List.of(), null);
        Sweep sweep = sweeps.record(LocalDate.now(CountyTime.ZONE), "北街隔离核对", null, List.of(house.getId()), List.of(),
                (k, a) -> k);
        logout();
        login("dongjie.clerk", HomeView.class);
        assertThat(houses.all()).extracting(RentalHouse::getAddress).doesNotContain(house.getAddress());
        assertThat(reports.received(reports.currentMonth())).extracting(MonthlyReport::getHouseId)
                .doesNotContain(house.getId());
        assertThat(sweeps.list()).extracting(Sweep::getStaff).doesNotContain("北街隔离核对");
        assertThat(sweeps.findings(List.of(sweep.getId()))).doesNotContainKey(sweep.getId());
        assertThat(reports.missing(reports.currentMonth())).extracting(RentalHouse::getAddress)
                .doesNotContain(house.getAddress());
        UI.getCurrent().navigate("monthly-reports/" + house.getId() + "/" + reports.currentMonth());
        com.github.mvysny.kaributesting.v10.LocatorJ._find(ReportView.class)
                .forEach(v -> assertThat(v.getElement().getTextRecursively()).doesNotContain(house.getAddress()));
        assertThat(figures.of(DONGJIE, reports.currentMonth()).houses()).isZero();
        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(houses.all()).extracting(RentalHouse::getAddress).doesNotContain(house.getAddress());
        logout();
        login("fujia.staff", HomeView.class);
        assertThat(houses.all()).extracting(RentalHouse::getAddress).doesNotContain(house.getAddress());
        logout();
        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> houses.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> sweeps.list()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.missing(reports.currentMonth())).isInstanceOf(AccessDeniedException.class);
    }

    private RentalHouse house() {
        String first17 = "62122719600101" + "%03d".formatted(100 + HOUSES.incrementAndGet());
        return houses.register(new HouseDetails(null, "测试街 " + HOUSES.get() + " 号 " + System.nanoTime() % 1000,
                "测试房东", first17 + IdNumber.checkCharacter(first17), "13900000000", 2));
    }

    private static cn.gongguan.registry.PersonDetails details(String name, String id) {
        return PersonFixtures.details(name, id);
    }

    private static ReportView open(RentalHouse house, YearMonth month) {
        UI.getCurrent().navigate("monthly-reports/" + house.getId() + "/" + month);
        return _get(ReportView.class);
    }
}
