package cn.gongguan.governance.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.governance.OperationTaskFixtures;
import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.governance.OperationTaskEntry;
import cn.gongguan.governance.TaskState;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
 * The township's task pages: the list, assigning a key location with a team (a refusal at the field, the team kept),
 * the finding form with a person and a house (a day before the operation refused at the day, every row kept), the
 * counts, the result submitted; another township's task and other roles refused by URL.
 */
class OperationTaskUiTest extends OperationTaskFixtures {

    @Autowired
    Divisions divisions;

    long operation;
    long task;
    KeyLocation place;

    @BeforeEach
    void aTaskAndAKeyLocationOfChengguan() {
        operation = publish(6, "URBAN_VILLAGE", CHENGGUAN, FUJIA);
        task = taskOf(operation, CHENGGUAN);
        login("chengguan.staff", HomeView.class);
        place = keyLocation(LocationKind.URBAN_VILLAGE, XIANNONG);
    }

    @AfterEach
    void leave() {
        logout();
    }

    @Test
    void theListOpensTheTaskWhereLocationsAreAssignedFindingsRecordedAndTheResultSubmitted() {
        UI.getCurrent().navigate(OperationTasksView.class);
        OperationTasksView list = _get(OperationTasksView.class);
        assertThat(IntStream.range(0, GridKt._size(list.tasks)).mapToObj(i -> GridKt._get(list.tasks, i))
                .map(OperationTaskEntry::id)).contains(task);
        GridKt._clickItem(list.tasks, IntStream.range(0, GridKt._size(list.tasks))
                .filter(i -> GridKt._get(list.tasks, i).id() == task).findFirst().orElseThrow());
        OperationTaskView view = _get(OperationTaskView.class);
        assertThat(view.title.getText()).startsWith("测试联合清理");
        assertThat(view.instructions.getText()).isEqualTo("逐户清查流动人口");

        _setValue(view.team, "第二组：马文");
        _click(view.assign);
        assertThat(view.assignLocation.getErrorMessage()).isEqualTo("此项为必填项");
        assertThat(view.team.getValue()).isEqualTo("第二组：马文");
        _setValue(view.assignLocation, view.assignLocation.getListDataView().getItems()
                .filter(p -> p.getId().equals(place.getId())).findFirst().orElseThrow());
        _click(view.assign);
        assertThat(GridKt._size(view.locations)).isEqualTo(1);
        assertThat(GridKt._get(view.locations, 0).team()).isEqualTo("第二组：马文");

        _click(view.recordFinding);
        FindingDialog dialog = _get(FindingDialog.class);
        _setValue(dialog.personsChecked, 6);
        _click(dialog.addPerson);
        FindingPersonRow person = dialog.persons.getFirst();
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1995, 5, 5), Sex.FEMALE);
        _setValue(person.idNumber, idNumber);
        _setValue(person.name, "页面发现女");
        _setValue(person.registrationPlace, divisions.find("510107001").orElseThrow());
        _setValue(person.maritalStatus, MaritalStatus.MARRIED);
        _click(dialog.addHouse);
        FindingHouseRow house = dialog.houses.getFirst();
        _setValue(house.address, "页面发现街 8 号");
        _setValue(house.landlordName, "页面房东");
        _setValue(house.landlordIdNumber, newHouse().landlordIdNumber());
        LocalDate start = tasks.task(task).orElseThrow().operation().startsOn();
        _setValue(dialog.foundOn, start.minusDays(1));
        _click(dialog.save);

        assertThat(dialog.foundOn.getErrorMessage()).isEqualTo("清查日期不能早于行动开始日期 " + start);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(person.name.getValue()).isEqualTo("页面发现女");
        assertThat(house.address.getValue()).isEqualTo("页面发现街 8 号");
        assertThat(dialog.personsChecked.getValue()).isEqualTo(6);

        _setValue(dialog.foundOn, today.date());
        _setValue(house.rooms, 0);
        _click(dialog.save);
        assertThat(house.rooms.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        _setValue(house.rooms, 2);
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._get(view.locations, 0).counts().personsRegistered()).isEqualTo(1);
        assertThat(GridKt._get(view.locations, 0).counts().housesFound()).isEqualTo(1);
        assertThat(GridKt._size(view.findings)).isEqualTo(1);

        _setValue(view.resultNote, "已清查全部场所");
        _click(view.submit);
        assertThat(tasks.task(task).orElseThrow().task().state()).isEqualTo(TaskState.SUBMITTED);
        assertThat(view.submit.isVisible()).isFalse();
    }

    @Test
    void theHomePageLeadsToATaskStillToFinishAndDropsItOnceSubmitted() {
        UI.getCurrent().navigate(HomeView.class);
        Div card = _get(Div.class, spec -> spec.withId("operation-tasks-card"));
        Anchor link = _get(card, Anchor.class, spec -> spec.withText(title(operation)));
        assertThat(link.getHref()).isEqualTo("operations/tasks/" + task);
        tasks.assign(task, place.getId(), "第一组");
        tasks.submit(task, "已完成");
        UI.getCurrent().navigate(OperationTasksView.class);
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(Anchor.class, spec -> spec.withText(title(operation)))).as("submitted: nothing to finish").isEmpty();
    }

    @Test
    void anotherTownshipsTaskLeadsBackToTheListAndOtherRolesAreRefused() {
        UI.getCurrent().navigate(OperationTaskView.class, OperationTaskView.parameters(taskOf(operation, FUJIA)));
        _get(OperationTasksView.class);
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems()).extracting(SideNavItem::getLabel)
                .contains("联合清理任务");
        logout();
        for (String user : new String[] {"chengguan.officer", "county.admin"}) {
            login(user, HomeView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(OperationTasksView.class)).as(user)
                    .hasMessageContaining("denied");
            logout();
        }
    }

    @Test
    void refusedPersonsShowMaskedAndFailedLiaisonFindingsAreListedToDiscard() {
        long location = tasks.assign(task, place.getId(), "第一组").id();
        String idNumber = PersonFixtures.newIdNumber(LocalDate.of(1990, 3, 3), Sex.MALE);
        long finding = asOwner().sql("""
                        insert into t_621227100.operation_finding (task_id, operation_id, location_id, key_location_id,
                            found_on, source, department, liaison_name, liaison_finding_id, persons_checked,
                            persons_registered, without_certificate, referred, houses_found, recorded_by)
                        values (?, ?, ?, ?, current_date, 'LIAISON', 'POLICE', '警察甲', ?, 1, 0, 0, 0, 0, 'fixture')
                        returning id""")
                .params(task, operation, location, place.getId(), 900_000_000L + next()).query(Long.class).single();
        asOwner().sql("""
                        insert into t_621227100.operation_finding_problem (finding_id, id_number, name, phone, reason_key)
                        values (?, ?, '拒收者', '13800138000', 'person.name.differs')""")
                .params(finding, idNumber).update();
        asOwner().sql("""
                        insert into platform.liaison_finding (location_id, operation_id, county_code, township_code,
                            department, recorded_by, recorded_by_name, found_on, persons_checked, payload_sealed,
                            taken_problem)
                        values (?, ?, '621227', '621227100', 'POLICE', 'test.police.liaison', '警察甲', current_date, 3,
                            '\\x00'::bytea, 'operation.closed')""")
                .params(location, operation).update();

        UI.getCurrent().navigate(OperationTaskView.class, OperationTaskView.parameters(task));
        OperationTaskView view = _get(OperationTaskView.class);
        assertThat(GridKt._getFormattedRow(view.problems, 0)).contains(idNumber.substring(0, 4) + "**********"
                + idNumber.substring(14)).doesNotContain(idNumber);
        _click((Button) GridKt._getCellComponent(view.problems, 0, "actions"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.problems.isVisible()).as("settled, confirmed").isFalse();

        assertThat(view.failed.isVisible()).isTrue();
        assertThat(GridKt._getFormattedRow(view.failed, 0)).contains("警察甲 · 公安派出所");
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.failed, 0, "actions");
        _click((Button) actions.getComponentAt(1));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.failed.isVisible()).as("discarded").isFalse();
    }

    private String title(long operationId) {
        return asOwner().sql("select title from platform.operation where id = ?").param(operationId)
                .query(String.class).single();
    }
}
