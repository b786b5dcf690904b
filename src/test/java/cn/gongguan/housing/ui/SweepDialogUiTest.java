package cn.gongguan.housing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.housing.FoundPerson;
import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.Sweep;
import cn.gongguan.housing.Sweeps;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sweep form: a found person can only be placed in a house chosen for the sweep, even when the choice changes
 * after the person was added; too long a list of staff is refused at its field and nothing entered is lost.
 */
class SweepDialogUiTest extends UiTest {

    @Autowired
    RentalHouses houses;
    @Autowired
    Sweeps sweeps;

    @Test
    void foundPersonsFollowTheHousesChosenAndALongStaffListIsRefusedAtItsField() {
        login("beijie.clerk", SweepsView.class);
        RentalHouse east = register("清查表单街 1 号");
        RentalHouse west = register("清查表单街 2 号");
        RentalHouse north = register("清查表单街 3 号");
        _click(_get(Button.class, spec -> spec.withId("record-sweep")));
        SweepDialog dialog = _get(SweepDialog.class);

        _setValue(dialog.houses, Set.of(offered(dialog, east), offered(dialog, west)));
        _click(dialog.addFound);
        FoundPersonRow row = dialog.found.getFirst();
        assertThat(row.house.getListDataView().getItems()).extracting(RentalHouse::getId)
                .containsExactlyInAnyOrder(east.getId(), west.getId());
        _setValue(row.house, row.house.getListDataView().getItems().filter(h -> h.getId().equals(west.getId()))
                .findFirst().orElseThrow());
        _setValue(row.person.name, "清查发现");

        _setValue(dialog.houses, Set.of(offered(dialog, east), offered(dialog, west), offered(dialog, north)));
        assertThat(row.house.getValue().getId()).isEqualTo(west.getId());
        _setValue(dialog.houses, Set.of(offered(dialog, east)));
        assertThat(row.house.getListDataView().getItems()).extracting(RentalHouse::getId).containsExactly(east.getId());
        assertThat(row.house.getValue().getId()).isEqualTo(east.getId());

        _setValue(dialog.staff, "王".repeat(201));
        _click(dialog.save);
        assertThat(dialog.staff.getErrorMessage()).isEqualTo("不能超过 200 个字");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(row.person.name.getValue()).isEqualTo("清查发现");
        assertThat(dialog.houses.getValue()).extracting(RentalHouse::getId).containsExactly(east.getId());
        assertThat(sweeps.list()).extracting(Sweep::getStaff).doesNotContain("王".repeat(201));
    }

    @Test
    void aSweepsFindingsAreShownHouseByHouse() {
        login("beijie.clerk", HomeView.class);
        RentalHouse house = register("清查结果街 1 号");
        RentalHouse quiet = register("清查结果街 2 号");
        String id = PersonFixtures.newIdNumber(LocalDate.of(1998, 8, 8), Sex.FEMALE);
        Sweep sweep = sweeps.record(LocalDate.now(CountyTime.ZONE), "清查结果核对人", null, List.of(house.getId(), quiet.getId()),
                List.of(new FoundPerson(house.getId(), PersonFixtures.details("结果租客", id), false)), (k, a) -> k);
        UI.getCurrent().navigate(SweepsView.class);
        SweepsView view = _get(SweepsView.class);
        List<Sweep> listed = GridKt._findAll(view.grid);
        GridKt._clickItem(view.grid, listed.stream().map(Sweep::getId).toList().indexOf(sweep.getId()));

        SweepFindingsDialog dialog = _get(SweepFindingsDialog.class);
        List<String> rows = GridKt._findAll(dialog.grid).stream()
                .map(f -> String.join(" | ", GridKt._getFormattedRow(dialog.grid, f))).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(house.getAddress()).contains("结果租客")
                .contains("房东未报告"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(house.getAddress()).contains("结果租客")
                .contains("未查验《婚育证明》"));
        assertThat(rows).anySatisfy(row -> assertThat(row).contains(quiet.getAddress()).contains("已核对"));
    }

    private RentalHouse register(String address) {
        String first17 = "62122719700303" + "%03d".formatted(Math.abs(address.hashCode() % 900) + 100);
        return houses.register(new HouseDetails(null, address + " " + System.nanoTime() % 1000, "清查表单房东",
                first17 + IdNumber.checkCharacter(first17), null, 1));
    }

    private static RentalHouse offered(SweepDialog dialog, RentalHouse house) {
        return dialog.houses.getListDataView().getItems().filter(h -> h.getId().equals(house.getId()))
                .findFirst().orElseThrow();
    }
}
