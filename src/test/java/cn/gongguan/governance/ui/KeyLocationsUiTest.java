package cn.gongguan.governance.ui;

import static cn.gongguan.governance.KeyLocationFixtures.unique;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.KeyLocationFixtures;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The township's key-location page: add with a taken name refused at the field and everything typed kept, the list
 * filtered by kind, a location edited and retired from its row; nobody but the township's keepers gets in.
 */
class KeyLocationsUiTest extends UiTest {

    @Autowired
    KeyLocations locations;

    @Test
    void aTakenNameIsRefusedAtTheFieldAndTheLocationIsAddedOnceItIsChanged() {
        login("chengguan.staff", KeyLocationsView.class);
        String taken = locations.add(KeyLocationFixtures.market(unique("页面市场"))).getName();
        KeyLocationsView view = _get(KeyLocationsView.class);
        _click(view.add);
        KeyLocationDialog dialog = _get(KeyLocationDialog.class);
        _setValue(dialog.kind, LocationKind.CONSTRUCTION_SITE);
        _setValue(dialog.name, taken);
        _setValue(dialog.orgUnit, dialog.orgUnit.unit(KeyLocationFixtures.XIANNONG));
        _setValue(dialog.department, Department.CONSTRUCTION);
        _setValue(dialog.contactPerson, "项目部经理");
        _click(dialog.save);

        assertThat(dialog.name.getErrorMessage()).isEqualTo("已有同名的重点场所");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.contactPerson.getValue()).isEqualTo("项目部经理");

        String site = unique("页面工地");
        _setValue(dialog.name, site);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();

        _setValue(view.kind, LocationKind.CONSTRUCTION_SITE);
        assertThat(rows(view)).contains(site).doesNotContain(taken);
        _setValue(view.kind, LocationKind.FARMERS_MARKET);
        assertThat(rows(view)).contains(taken).doesNotContain(site);
    }

    @Test
    void aLocationIsEditedAndRetiredFromItsRow() {
        login("chengguan.admin", KeyLocationsView.class);
        KeyLocation market = locations.add(KeyLocationFixtures.market(unique("行市场")));
        KeyLocationsView view = _get(KeyLocationsView.class);
        _setValue(view.kind, LocationKind.FARMERS_MARKET);

        GridKt._clickItem(view.grid, row(view, market.getName()));
        KeyLocationDialog dialog = _get(KeyLocationDialog.class);
        assertThat(dialog.name.getValue()).isEqualTo(market.getName());
        _setValue(dialog.contactPhone, "0939-7520000");
        _click(dialog.save);
        assertThat(locations.find(market.getId())).get().extracting(KeyLocation::getContactPhone)
                .isEqualTo("0939-7520000");

        GridKt._clickItem(view.grid, row(view, market.getName()));
        _click(_get(KeyLocationDialog.class).retire);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(rows(view)).doesNotContain(market.getName());
        assertThat(locations.find(market.getId())).get().extracting(KeyLocation::isActive).isEqualTo(false);
    }

    @Test
    void theMenuOffersItToTheKeepersAndTheRouteRefusesEveryoneElse() {
        login("chengguan.staff", HomeView.class);
        assertThat(menuLabels()).as("under the governance group's entry").contains("重点场所");
        logout();
        for (String user : new String[] {"chengguan.officer", "beijie.clerk", "county.admin"}) {
            login(user, HomeView.class);
            assertThat(menuLabels()).as(user).doesNotContain("重点场所");
            assertThatThrownBy(() -> UI.getCurrent().navigate(KeyLocationsView.class)).as(user)
                    .hasMessageContaining("denied");
            logout();
        }
    }

    private static java.util.List<String> rows(KeyLocationsView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).getName()).toList();
    }

    private static int row(KeyLocationsView view, String name) {
        return rows(view).indexOf(name);
    }

    /** The labels of the menu's entries, those nested under another entry too. */
    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .flatMap(item -> Stream.concat(Stream.of(item), item.getItems().stream()))
                .map(SideNavItem::getLabel).toList();
    }
}
