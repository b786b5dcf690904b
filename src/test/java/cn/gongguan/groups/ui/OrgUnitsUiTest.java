package cn.gongguan.groups.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The township administrator keeps the village groups on the org-units page. */
class OrgUnitsUiTest extends UiTest {

    @Autowired
    OrgUnits orgUnits;

    @Test
    void theAdministratorAddsAGroupUnderTheProposedNumberRenamesAndDeactivatesIt() {
        login("chengguan.admin", OrgUnitsView.class);
        OrgUnitsView view = _get(OrgUnitsView.class);
        OrgUnit village = orgUnits.villages().stream().filter(u -> u.getName().equals("东关村委会")).findFirst()
                .orElseThrow();
        _setValue(view.village, view.village.getListDataView().getItems()
                .filter(u -> u.getCode().equals(village.getCode())).findFirst().orElseThrow());
        int before = GridKt._size(view.grid);

        _click(view.add);
        GroupDialog dialog = _get(GroupDialog.class);
        int proposed = dialog.number.getValue();
        assertThat(proposed).isGreaterThan(0);
        _setValue(dialog.name, "");
        _click(dialog.save);
        assertThat(dialog.name.getErrorMessage()).as("refused at the field, in Chinese").isEqualTo("此项为必填项");
        assertThat(dialog.number.getValue()).as("what was entered is kept").isEqualTo(proposed);
        _setValue(dialog.name, "河东组");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(names(view)).hasSize(before + 1).contains("河东组");
        String code = village.getCode() + "%03d".formatted(proposed);

        GridKt._clickItem(view.grid, names(view).indexOf("河东组"));
        GroupDialog edit = _get(GroupDialog.class);
        assertThat(edit.number.isReadOnly()).isTrue();
        _setValue(edit.name, "河东一组");
        _click(edit.save);
        assertThat(names(view)).contains("河东一组").doesNotContain("河东组");

        GridKt._clickItem(view.grid, names(view).indexOf("河东一组"));
        _click(_get(GroupDialog.class).deactivate);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(names(view)).doesNotContain("河东一组");
        assertThat(orgUnits.find(code)).isEmpty();

        // the next group gets the next number: a deactivated group's stays taken
        _click(view.add);
        assertThat(_get(GroupDialog.class).number.getValue()).isEqualTo(proposed + 1);
    }

    @Test
    void aTakenNumberIsRefusedAtTheNumberField() {
        login("chengguan.admin", OrgUnitsView.class);
        OrgUnitsView view = _get(OrgUnitsView.class);
        // the demo's groups, 一组 to 三组, are under 先农村委会
        _setValue(view.village, view.village.getListDataView().getItems()
                .filter(u -> u.getName().equals("先农村委会")).findFirst().orElseThrow());
        assertThat(names(view)).contains("一组", "二组", "三组");
        _click(view.add);
        GroupDialog dialog = _get(GroupDialog.class);
        _setValue(dialog.number, 1);
        _setValue(dialog.name, "抢号组");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.number.getErrorMessage()).startsWith("组号已被“");
        assertThat(dialog.name.getValue()).isEqualTo("抢号组");
    }

    @Test
    void thePageIsTheTownshipAdministratorsOnly() {
        login("chengguan.admin", HomeView.class);
        assertThat(menu()).contains("村和村民小组");
        logout();
        for (String user : List.of("chengguan.staff", "chengguan.officer", "chengguan.group")) {
            login(user, HomeView.class);
            assertThat(menu()).as(user).doesNotContain("村和村民小组");
            assertThatThrownBy(() -> UI.getCurrent().navigate(OrgUnitsView.class)).as(user)
                    .hasMessageContaining("Access is denied");
            _assertNone(OrgUnitsView.class);
            logout();
        }
    }

    private static List<String> names(OrgUnitsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(row -> GridKt._get(view.grid, row).getName())
                .toList();
    }

    private static List<String> menu() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
