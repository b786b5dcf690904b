package cn.gongguan.police.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.police.PoliceFixtures;
import cn.gongguan.police.PoliceReports;
import cn.gongguan.police.RowKind;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stations page of the township administrator and the monthly reports page of the township: a station
 * registered and marked no longer reporting, a report's row typed, refused at its field, then kept with what it did;
 * other townships and other roles kept out.
 */
class PoliceUiTest extends UiTest {

    @Autowired
    Divisions divisions;
    @Autowired
    Today today;

    @AfterEach
    void removeTestStations() {
        PoliceFixtures.removeStations(asOwner(), List.of(TenantCode.of("621227100")));
    }

    @Test
    void theAdministratorRegistersAStationAndStaffTypeItsReport() {
        login("chengguan.admin", PoliceStationsView.class);
        PoliceStationsView stations = _get(PoliceStationsView.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("register-station")));
        StationDialog dialog = _get(StationDialog.class);
        String name = PoliceFixtures.station().name();
        _setValue(dialog.name, name);
        _setValue(dialog.phone, "不是电话");
        _click(dialog.save);
        assertThat(dialog.phone.getErrorMessage()).as("refused at the field, in Chinese").isNotBlank();
        assertThat(dialog.name.getValue()).as("nothing typed is lost").isEqualTo(name);
        _setValue(dialog.phone, "0939-7510001");
        _click(dialog.save);
        int row = rowOf(stations, name);
        assertThat(GridKt._getFormatted(stations.grid, row, "state")).isEqualTo("按月通报");
        logout();

        login("chengguan.staff", PoliceReportsView.class);
        PoliceReportsView reports = _get(PoliceReportsView.class);
        int slot = IntStream.range(0, GridKt._size(reports.slots))
                .filter(i -> GridKt._get(reports.slots, i).station().getName().equals(name)).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(reports.slots, slot, "state")).isEqualTo("未报");
        GridKt._clickItem(reports.slots, slot);
        assertThat(reports.reportTitle.getText()).contains(name);
        _click(reports.addRow);
        RowDialog typed = _get(RowDialog.class);
        String id = PersonFixtures.newIdNumber(LocalDate.of(1990, 2, 3), Sex.MALE);
        _setValue(typed.kind, RowKind.PERMIT_ISSUED);
        _setValue(typed.idNumber, id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0'));
        _setValue(typed.name, "页面新到");
        _setValue(typed.day, today.date());
        _setValue(typed.place, "建设路 3 号");
        _click(typed.save);
        assertThat(typed.idNumber.getErrorMessage()).startsWith("公民身份号码校验位不符");
        _setValue(typed.idNumber, id);
        _click(typed.save);
        assertThat(typed.registrationPlace.getErrorMessage()).isEqualTo("此人尚未登记，登记新到人员须填写此项");
        _setValue(typed.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(typed.maritalStatus, MaritalStatus.MARRIED);
        _click(typed.save);

        assertThat(GridKt._size(reports.rows)).isEqualTo(1);
        assertThat(GridKt._getFormatted(reports.rows, 0, "outcome")).isEqualTo("新登记流入人口（待走访）");
        assertThat(GridKt._getFormatted(reports.slots, slot, "state")).isEqualTo("已收到");
        logout();

        login("chengguan.admin", PoliceStationsView.class);
        PoliceStationsView again = _get(PoliceStationsView.class);
        GridKt._clickItem(again.grid, rowOf(again, name));
        StationDialog edit = _get(StationDialog.class);
        _setValue(edit.reporting, false);
        _click(edit.save);
        assertThat(GridKt._getFormatted(again.grid, rowOf(again, name), "state")).isEqualTo("已停止通报");
        logout();

        login("fujia.admin", PoliceStationsView.class);
        PoliceStationsView fujia = _get(PoliceStationsView.class);
        assertThat(IntStream.range(0, GridKt._size(fujia.grid)).mapToObj(i -> GridKt._get(fujia.grid, i).getName()))
                .doesNotContain(name);
        UI.getCurrent().navigate(PoliceReportsView.class);
        PoliceReportsView fujiaReports = _get(PoliceReportsView.class);
        assertThat(IntStream.range(0, GridKt._size(fujiaReports.slots))
                .mapToObj(i -> GridKt._get(fujiaReports.slots, i).station().getName())).doesNotContain(name);
    }

    @Test
    void officersCannotOpenThePagesAndStaffCannotKeepStations() {
        login("chengguan.officer", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PoliceReportsView.class))
                .hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(PoliceStationsView.class))
                .hasMessageContaining("Access is denied");
        logout();
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PoliceStationsView.class))
                .hasMessageContaining("Access is denied");
        UI.getCurrent().navigate(PoliceReportsView.class);
        assertThat(_get(PoliceReportsView.class).month.getValue()).isEqualTo(today.month());
        assertThat(PoliceReports.mayWork()).isTrue();
        logout();
        login("county.admin", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(PoliceReportsView.class))
                .hasMessageContaining("Access is denied");
    }

    private static int rowOf(PoliceStationsView view, String name) {
        return IntStream.range(0, GridKt._size(view.grid))
                .filter(i -> GridKt._get(view.grid, i).getName().equals(name)).findFirst().orElseThrow();
    }
}
