package cn.gongguan.outflow.ui;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.ui.VisitsView;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.outflow.report.ReportState;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 信息员上报 on screen: the officer's phone forms, the township's inbox, the home-page counts, the menu by role. */
class OfficerReportsUiTest extends UiTest {

    private static final String XIANNONG = "621227100200";

    @Autowired
    OfficerReports reports;
    @Autowired
    OutflowTrips trips;
    @Autowired
    Divisions divisions;
    @Autowired
    Today today;

    @Test
    void theOfficerReportsADepartureOfSomeoneNewAndAWrongDayIsToldAtItsFieldKeepingWhatWasTyped() {
        login("chengguan.officer", MyReportsView.class);
        MyReportsView view = _get(MyReportsView.class);
        _click(view.departure);
        DepartureReportDialog dialog = _get(DepartureReportDialog.class);
        _setValue(dialog.someoneNew, true);
        _setValue(dialog.newcomer.idNumber, PersonFixtures.newIdNumber(LocalDate.of(1996, 2, 3), Sex.MALE));
        _setValue(dialog.newcomer.name, "屏上外出");
        _setValue(dialog.trip.departureDay, today.date().plusDays(1));
        dialog.trip.destination.setValue(divisions.find(CHUNXILU).orElseThrow());
        _setValue(dialog.trip.destinationAddress, "东湖路 9 号");
        _click(dialog.save);
        assertThat(dialog.trip.departureDay.getErrorMessage()).isEqualTo("日期不能晚于今天");
        assertThat(dialog.newcomer.name.getValue()).isEqualTo("屏上外出");
        assertThat(dialog.trip.destinationAddress.getValue()).isEqualTo("东湖路 9 号");

        _setValue(dialog.trip.departureDay, today.date().minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        OfficerReport report = rows(view.grid).stream().filter(r -> r.personName().equals("屏上外出"))
                .findFirst().orElseThrow();
        assertThat(report.getState()).isEqualTo(ReportState.FORWARDED);
    }

    @Test
    void theOfficersFormsAreOneColumnWithTallFieldsForAPhone() {
        login("chengguan.officer", MyReportsView.class);
        _click(_get(MyReportsView.class).arrival);
        ArrivalReportDialog dialog = _get(ArrivalReportDialog.class);
        assertThat(dialog.getClassNames()).contains("gg-touch");
        assertThat(dialog.orgUnit.getCode()).isEqualTo(XIANNONG);
    }

    @Test
    void anOfficerCannotPickAPersonOfAnotherVillage() {
        login("chengguan.staff", HomeView.class);
        trips.depart(OutflowFixtures.person("别村外出", "621227100201"),
                OutflowFixtures.trip(today.date().minusDays(5), CHUNXILU), TripSource.TOWNSHIP);
        login("chengguan.officer", MyReportsView.class);
        _click(_get(MyReportsView.class).returned);
        ReturnReportDialog dialog = _get(ReturnReportDialog.class);
        List<OutflowTrip> offered = ComboBoxKt.getSuggestionItems(dialog.away);
        assertThat(offered).isNotEmpty().allMatch(t -> t.getPerson().getOrgUnit().startsWith(XIANNONG));
        _click(dialog.save);
        assertThat(dialog.away.getErrorMessage()).isEqualTo("此项为必填项");
    }

    @Test
    void theTownshipAcceptsAnArrivalFromItsInboxAndTheNewcomerAwaitsTheVisit() {
        login("chengguan.officer", MyReportsView.class);
        _click(_get(MyReportsView.class).arrival);
        ArrivalReportDialog dialog = _get(ArrivalReportDialog.class);
        _setValue(dialog.name, "屏上流入");
        _setValue(dialog.idNumber, PersonFixtures.newIdNumber(LocalDate.of(1991, 4, 5), Sex.FEMALE));
        dialog.registrationPlace.setValue(divisions.find("510107001").orElseThrow());
        _setValue(dialog.arrivalDate, today.date().minusDays(3));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        logout();
        login("chengguan.staff", HomeView.class);
        RouterLink awaiting = _get(RouterLink.class, spec -> spec.withId("reports-awaiting"));
        assertThat(awaiting.getText()).matches("\\d+ 条上报待接收");
        assertThat(awaiting.getHref()).isEqualTo("officer-reports/inbox");
        UI.getCurrent().navigate(ReportInboxView.class);
        ReportInboxView inbox = _get(ReportInboxView.class);
        int row = rowOf(inbox.grid, "屏上流入");
        GridKt._clickItem(inbox.grid, row);
        ReviewDialog review = _get(ReviewDialog.class);
        _click(review.save);
        assertThat(review.isOpened()).isFalse();
        assertThat(rows(inbox.grid)).extracting(OfficerReport::personName).doesNotContain("屏上流入");

        UI.getCurrent().navigate(VisitsView.class);
        _get(VisitsView.class);
        @SuppressWarnings("unchecked")
        List<Person> worklist = rows((Grid<Person>) _get(Grid.class));
        assertThat(worklist).filteredOn(p -> p.getName().equals("屏上流入"))
                .singleElement().extracting(Person::getFlowType).isEqualTo(FlowType.INFLOW);
    }

    @Test
    void aReturnWithoutAReasonIsRefusedAtItsFieldAndTheOfficerSeesTheReasonAndCorrects() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip away = trips.depart(OutflowFixtures.person("屏上返回", XIANNONG),
                OutflowFixtures.trip(today.date().minusDays(20), CHUNXILU), TripSource.TOWNSHIP);
        logout();
        login("chengguan.officer", HomeView.class);
        OfficerReport report = reports.report(
                ReportInput.returnOf(away.getPerson().getId(), today.date()));
        logout();
        login("chengguan.staff", ReportInboxView.class);
        ReportInboxView inbox = _get(ReportInboxView.class);
        GridKt._clickItem(inbox.grid, rowOf(inbox.grid, "屏上返回"));
        ReviewDialog review = _get(ReviewDialog.class);
        _click(review.sendBack);
        assertThat(review.reason.getErrorMessage()).isEqualTo("此项为必填项");
        _setValue(review.reason, "返回日期请核实");
        _click(review.sendBack);
        assertThat(review.isOpened()).isFalse();

        logout();
        login("chengguan.officer", HomeView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("reports-returned")).getText()).doesNotStartWith("0");
        UI.getCurrent().navigate(MyReportsView.class);
        MyReportsView mine = _get(MyReportsView.class);
        int row = IntStream.range(0, GridKt._size(mine.grid))
                .filter(i -> GridKt._get(mine.grid, i).getId().equals(report.getId())).findFirst().orElseThrow();
        _click(_get(GridKt._getCellComponent(mine.grid, row, "report"), Button.class,
                spec -> spec.withId("correct-" + report.getId())));
        ReturnReportDialog dialog = _get(ReturnReportDialog.class);
        assertThat(dialog.away.getValue().getPerson().getName()).isEqualTo("屏上返回");
        _setValue(dialog.returnDay, today.date().minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(mine.grid)).filteredOn(r -> r.getId().equals(report.getId()))
                .singleElement().extracting(OfficerReport::getState).isEqualTo(ReportState.FORWARDED);
    }

    @Test
    void theVillageStationForwardsTheSelectedGroupReportsToTheTownship() {
        String group = login("chengguan.group", MyReportsView.class).orgUnit();
        _click(_get(MyReportsView.class).arrival);
        ArrivalReportDialog dialog = _get(ArrivalReportDialog.class);
        assertThat(dialog.orgUnit.getCode()).isEqualTo(group);
        _setValue(dialog.name, "组上流入");
        _setValue(dialog.idNumber, PersonFixtures.newIdNumber(LocalDate.of(1994, 5, 6), Sex.FEMALE));
        dialog.registrationPlace.setValue(divisions.find("510107001").orElseThrow());
        _setValue(dialog.arrivalDate, today.date().minusDays(2));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(_get(MyReportsView.class).grid)).filteredOn(r -> r.personName().equals("组上流入"))
                .singleElement().extracting(OfficerReport::getState).isEqualTo(ReportState.SUBMITTED);

        logout();
        login("chengguan.officer", ReportStationView.class);
        ReportStationView station = _get(ReportStationView.class);
        assertThat(station.forwardSelected.isEnabled()).isFalse();
        station.grid.select(rows(station.grid).get(rowOf(station.grid, "组上流入")));
        _click(station.forwardSelected);
        assertThat(rows(station.grid)).extracting(OfficerReport::personName).doesNotContain("组上流入");

        logout();
        login("chengguan.staff", ReportInboxView.class);
        ReportInboxView inbox = _get(ReportInboxView.class);
        assertThat(GridKt._getFormattedRow(inbox.grid, rowOf(inbox.grid, "组上流入")).get(2))
                .as("the group with its village").isEqualTo("先农村委会 一组");
    }

    @Test
    void theTownshipAcceptsAGroupReportStillAtTheVillageStation() {
        String group = login("chengguan.group", HomeView.class).orgUnit();
        reports.report(ReportInput.departure(OutflowFixtures.person("站上未转", group),
                OutflowFixtures.trip(today.date(), CHUNXILU)));
        logout();
        login("chengguan.staff", ReportInboxView.class);
        ReportInboxView inbox = _get(ReportInboxView.class);
        assertThat(rows(inbox.grid)).extracting(OfficerReport::personName).doesNotContain("站上未转");
        _setValue(inbox.shown, ReportState.SUBMITTED);
        GridKt._clickItem(inbox.grid, rowOf(inbox.grid, "站上未转"));
        ReviewDialog review = _get(ReviewDialog.class);
        _click(review.save);
        assertThat(review.isOpened()).isFalse();
        assertThat(rows(inbox.grid)).extracting(OfficerReport::personName).doesNotContain("站上未转");
        _setValue(inbox.shown, ReportState.ACCEPTED);
        assertThat(rows(inbox.grid)).extracting(OfficerReport::personName).contains("站上未转");
    }

    @Test
    void eachRoleSeesItsOwnReportPagesOnly() {
        login("chengguan.officer", MyReportsView.class);
        _get(MyReportsView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReportInboxView.class)).hasMessageContaining("denied");
        logout();
        login("chengguan.staff", ReportInboxView.class);
        _get(ReportInboxView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(MyReportsView.class)).hasMessageContaining("denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(ReportStationView.class)).hasMessageContaining("denied");
    }

    @Test
    void anotherTownshipsInboxHoldsNoneOfTheseReports() {
        login("chengguan.officer", HomeView.class);
        reports.report(ReportInput.departure(OutflowFixtures.person("城关上报", XIANNONG),
                OutflowFixtures.trip(today.date(), CHUNXILU)));
        logout();
        login("fujia.staff", ReportInboxView.class);
        assertThat(rows(_get(ReportInboxView.class).grid)).extracting(OfficerReport::personName)
                .doesNotContain("城关上报");
    }

    private static int rowOf(Grid<OfficerReport> grid, String name) {
        List<OfficerReport> rows = rows(grid);
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).personName().equals(name)).findFirst()
                .orElseThrow();
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
