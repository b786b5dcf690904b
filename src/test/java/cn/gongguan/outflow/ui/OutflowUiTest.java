package cn.gongguan.outflow.ui;

import static cn.gongguan.outflow.OutflowFixtures.CHUNXILU;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.fivestep.ui.PersonView;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 外出登记、返回注销 on screen: declared from the outflow list, cancelled on the person's page. */
class OutflowUiTest extends UiTest {

    @Autowired
    OutflowTrips trips;
    @Autowired
    Divisions divisions;
    @Autowired
    Today today;

    @Test
    void theTownshipDeclaresADepartureAndAWrongDayIsToldAtItsFieldKeepingWhatWasTyped() {
        login("chengguan.staff", OutflowView.class);
        OutflowView view = _get(OutflowView.class);
        _click(view.depart);
        DepartureDialog dialog = _get(DepartureDialog.class);
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1995, 8, 9), Sex.FEMALE);
        _setValue(dialog.newcomer.idNumber, idNumber);
        _setValue(dialog.newcomer.name, "赵外出");
        _setValue(dialog.trip.departureDay, today.date().plusDays(2));
        dialog.trip.destination.setValue(divisions.find(CHUNXILU).orElseThrow());
        _setValue(dialog.trip.destinationAddress, "东湖路 18 号");
        _click(dialog.save);
        assertThat(dialog.trip.departureDay.getErrorMessage()).isEqualTo("日期不能晚于今天");
        assertThat(dialog.trip.destinationAddress.getValue()).isEqualTo("东湖路 18 号");
        assertThat(dialog.newcomer.name.getValue()).isEqualTo("赵外出");

        _setValue(dialog.trip.departureDay, today.date().minusDays(1));
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        List<OutflowTrip> rows = rows(view);
        assertThat(rows).extracting(t -> t.getPerson().getName()).contains("赵外出");
    }

    @Test
    void anUnknownDestinationIsTakenOnlyWhenMarkedSo() {
        login("chengguan.staff", OutflowView.class);
        _click(_get(OutflowView.class).depart);
        DepartureDialog dialog = _get(DepartureDialog.class);
        _setValue(dialog.newcomer.idNumber, PersonFixtures.newIdNumber(LocalDate.of(1991, 2, 3), Sex.MALE));
        _setValue(dialog.newcomer.name, "去向不明甲");
        _setValue(dialog.trip.departureDay, today.date().minusDays(3));
        _click(dialog.save);
        assertThat(dialog.trip.destination.getErrorMessage()).as("an empty destination is still refused")
                .isEqualTo("请选择流入地所在的乡镇（街道）");
        _setValue(dialog.trip.destinationUnknown, true);
        assertThat(dialog.trip.destination.isEnabled()).isFalse();
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        OutflowTrip trip = rows(_get(OutflowView.class)).stream()
                .filter(t -> t.getPerson().getName().equals("去向不明甲")).findFirst().orElseThrow();
        assertThat(trip.getDestination()).isNull();
        assertThat(OutflowTrips.intraCounty(trip, cn.gongguan.platform.TenantContext.current())).isFalse();
        UI.getCurrent().navigate("persons/" + trip.getPerson().getId());
        assertThat(_get(Div.class, spec -> spec.withId("outflow-trips")).getElement().getTextRecursively())
                .contains("去向不明");
    }

    @Test
    void theReturnIsDeclaredOnThePersonsPageAndTheTripLeavesTheAwayList() {
        login("chengguan.staff", HomeView.class);
        OutflowTrip trip = trips.depart(OutflowFixtures.person("钱返回", "621227100200"),
                OutflowFixtures.trip(today.date().minusDays(30), CHUNXILU), TripSource.TOWNSHIP);
        UI.getCurrent().navigate("persons/" + trip.getPerson().getId());
        _get(PersonView.class);
        _assertNone(Button.class, spec -> spec.withId("record-visit"));
        _click(_get(Button.class, spec -> spec.withId("declare-return")));
        ReturnDialog dialog = _get(ReturnDialog.class);
        _setValue(dialog.returnDay, today.date().minusDays(31));
        _click(dialog.save);
        assertThat(dialog.returnDay.getErrorMessage()).isEqualTo("返回日期不能早于外出日期");
        _setValue(dialog.returnDay, today.date());
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(trips.openTrip(trip.getPerson().getId())).isEmpty();
        _assertNone(Button.class, spec -> spec.withId("declare-return"));
        _get(Button.class, spec -> spec.withId("declare-departure"));
    }

    @Test
    void anOfficerSeesTheListOfTheirVillageWithoutTheDeclareButton() {
        login("chengguan.officer", OutflowView.class);
        OutflowView view = _get(OutflowView.class);
        assertThat(view.depart.isVisible()).isFalse();
        assertThat(rows(view))
                .allMatch(t -> t.getPerson().getOrgUnit().startsWith("621227100200"));
    }

    @Test
    void anotherTownshipsListHoldsNoneOfTheseTrips() {
        login("chengguan.staff", HomeView.class);
        trips.depart(OutflowFixtures.person("城关独有", "621227100200"),
                OutflowFixtures.trip(today.date(), CHUNXILU), TripSource.TOWNSHIP);
        logout();
        login("fujia.staff", OutflowView.class);
        assertThat(rows(_get(OutflowView.class)))
                .extracting(t -> t.getPerson().getName()).doesNotContain("城关独有");
    }

    private static List<OutflowTrip> rows(OutflowView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row)).toList();
    }
}
