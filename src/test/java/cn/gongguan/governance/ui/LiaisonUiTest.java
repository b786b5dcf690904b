package cn.gongguan.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.governance.OperationTaskFixtures;
import cn.gongguan.governance.LiaisonFinding;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The liaison's page: the operation they are named in and its townships' locations, the township's finding form,
 * a finding refused at the location once the county took the liaison off the operation (everything typed kept), and
 * taken in by the township once named again; nothing of the registry in the menu, and no township page.
 */
class LiaisonUiTest extends OperationTaskFixtures {

    @Autowired
    Divisions divisions;

    long operation;
    OperationLocation location;

    @BeforeEach
    void aLocationOfChengguanInAnOperationNamingTheLiaison() {
        operation = publish(2, "URBAN_FRINGE", CHENGGUAN);
        login("chengguan.staff", HomeView.class);
        location = tasks.assign(taskOf(operation, CHENGGUAN),
                keyLocation(LocationKind.URBAN_FRINGE, XIANNONG).getId(), "第一组");
        nameLiaison(operation);
        logout();
        login(LIAISON, LiaisonView.class);
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void aFindingRefusedAtTheLocationKeepsWhatWasTypedAndIsTakenInOnceNamedAgain() {
        LiaisonView view = _get(LiaisonView.class);
        _setValue(view.operation, view.operation.getListDataView().getItems().filter(o -> o.id() == operation)
                .findFirst().orElseThrow());
        assertThat(IntStream.range(0, GridKt._size(view.locations)).mapToObj(i -> GridKt._get(view.locations, i).id()))
                .contains(location.id());
        _click(view.record);
        FindingDialog dialog = _get(FindingDialog.class);
        _setValue(dialog.personsChecked, 4);
        _click(dialog.addPerson);
        FindingPersonRow person = dialog.persons.getFirst();
        _setValue(person.idNumber, PersonFixtures.newIdNumber(LocalDate.of(1994, 4, 4), Sex.MALE));
        _setValue(person.name, "联络员页面");
        _setValue(person.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(person.maritalStatus, MaritalStatus.UNMARRIED);
        _setValue(person.referred, true);
        _setValue(person.referral, cn.gongguan.governance.FindingReferral.EMPLOYMENT);

        sqlAsTenant(COUNTY, "delete from platform.operation_liaison where operation_id = " + operation
                + " returning 1");
        _click(dialog.save);
        assertThat(dialog.location.getErrorMessage()).isEqualTo("您不是该行动的联络员");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(person.name.getValue()).isEqualTo("联络员页面");
        assertThat(dialog.personsChecked.getValue()).isEqualTo(4);
        assertThat(count(COUNTY, "select count(*) from platform.liaison_finding where operation_id = " + operation))
                .isZero();

        nameLiaison(operation);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        LiaisonFinding recorded = GridKt._get(view.mine, 0);
        assertThat(recorded.operationId()).isEqualTo(operation);
        assertThat(recorded.personsChecked()).isEqualTo(4);
        assertThat(recorded.referred()).isEqualTo(1);
        assertThat(recorded.isTakenIn()).as("taken in right after the commit").isTrue();
    }

    @Test
    void theLiaisonSeesNoRegistryInTheMenuAndReachesNoTownshipPage() {
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).extracting(SideNavItem::getLabel)
                .contains("联络员工作台").doesNotContain("流动人口登记", "联合清理任务");
        assertThatThrownBy(() -> UI.getCurrent().navigate(OperationTasksView.class)).hasMessageContaining("denied");
        logout();
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(LiaisonView.class)).hasMessageContaining("denied");
    }

    @Test
    void theLiaisonNarrowsTheLocationsToOneTownship() {
        logout();
        long both = publish(1, "URBAN_FRINGE", CHENGGUAN, FUJIA);
        login("chengguan.staff", HomeView.class);
        OperationLocation inChengguan = tasks.assign(taskOf(both, CHENGGUAN),
                keyLocation(LocationKind.URBAN_FRINGE, XIANNONG).getId(), "城关组");
        logout();
        login("fujia.staff", HomeView.class);
        OperationLocation inFujia = tasks.assign(taskOf(both, FUJIA),
                keyLocation(LocationKind.URBAN_FRINGE, FUJIA_VILLAGE).getId(), "伏家组");
        nameLiaison(both);
        logout();
        login(LIAISON, LiaisonView.class);

        LiaisonView view = _get(LiaisonView.class);
        _setValue(view.operation, view.operation.getListDataView().getItems().filter(o -> o.id() == both)
                .findFirst().orElseThrow());
        assertThat(locationsShown(view)).containsExactlyInAnyOrder(inChengguan.id(), inFujia.id());
        assertThat(view.township.getListDataView().getItems()).containsExactly(CHENGGUAN.value(), FUJIA.value());
        _setValue(view.township, FUJIA.value());
        assertThat(locationsShown(view)).containsExactly(inFujia.id());
        _click(view.record);
        assertThat(_get(FindingDialog.class).location.getListDataView().getItems().map(OperationLocation::id))
                .as("the finding's choice of location too").containsExactly(inFujia.id());
    }

    private static java.util.List<Long> locationsShown(LiaisonView view) {
        return IntStream.range(0, GridKt._size(view.locations)).mapToObj(i -> GridKt._get(view.locations, i).id())
                .toList();
    }
}
