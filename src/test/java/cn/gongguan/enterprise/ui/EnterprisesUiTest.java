package cn.gongguan.enterprise.ui;

import static cn.gongguan.enterprise.EnterpriseFixtures.DONGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.unique;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.enterprise.Association;
import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseFixtures;
import cn.gongguan.enterprise.EnterpriseTask;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.enterprise.Enterprises;
import cn.gongguan.enterprise.TaskDetails;
import cn.gongguan.enterprise.TaskKind;
import cn.gongguan.platform.Today;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The enterprise register and an enterprise's page: a wrong credit code refused at the field with everything typed
 * kept, the register searched, the page showing the details, their history and the tasks with the overdue one marked;
 * another unit's enterprise never opens, and officers and the county are refused.
 */
class EnterprisesUiTest extends UiTest {

    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseTasks tasks;
    @Autowired
    Today today;

    @Test
    void aWrongCreditCodeIsRefusedAtTheFieldAndTheEnterpriseIsRegisteredOnceItIsRight() {
        login("chengguan.staff", EnterprisesView.class);
        EnterprisesView view = _get(EnterprisesView.class);
        _click(view.add);
        EnterpriseDialog dialog = _get(EnterpriseDialog.class);
        String name = unique("页面建材厂");
        _setValue(dialog.name, name);
        _setValue(dialog.industry, "建材");
        _setValue(dialog.address, "城关镇东关村");
        _setValue(dialog.orgUnit, dialog.orgUnit.unit(DONGGUAN));
        _setValue(dialog.creditCode, "91350100M000100Y44");
        _setValue(dialog.contactName, "赵会计");
        _setValue(dialog.contactPhone, "13909390009");
        _setValue(dialog.association, Association.OWN);
        _setValue(dialog.headcount, 48);
        _click(dialog.save);

        assertThat(dialog.creditCode.getErrorMessage()).isEqualTo("统一社会信用代码校验位不对，请核对");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.contactName.getValue()).isEqualTo("赵会计");

        _setValue(dialog.creditCode, "");
        _click(dialog.save);
        assertThat(dialog.isOpened()).isFalse();
        EnterpriseView page = _get(EnterpriseView.class);
        assertThat(page.title.getText()).isEqualTo(name);

        UI.getCurrent().navigate(EnterprisesView.class);
        EnterprisesView register = _get(EnterprisesView.class);
        _setValue(register.search, name.substring(2));
        assertThat(rows(register)).containsExactly(name);
        _setValue(register.search, "没有这样的厂");
        assertThat(rows(register)).isEmpty();
    }

    @Test
    void thePageShowsTheDetailsTheirHistoryAndTheTasksWithTheOverdueMarked() {
        login("chengguan.admin", HomeView.class);
        Enterprise enterprise = enterprises.register(EnterpriseFixtures.details(unique("页面厂"), DONGGUAN));
        enterprises.update(enterprise.getId(), enterprise.getVersion(), new cn.gongguan.enterprise.EnterpriseDetails(
                enterprise.getName(), "物流", enterprise.getAddress(), DONGGUAN, null, "王联络", "13909390001",
                Association.MEMBER_UNIT, 120, null));
        EnterpriseTask task = tasks.give(enterprise.getId(), new TaskDetails(TaskKind.OTHER, "报送员工名册",
                today.date(), Set.of()));
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", String.valueOf(enterprise.getId())));
        EnterpriseView page = _get(EnterpriseView.class);

        assertThat(page.facts.getElement().getTextRecursively()).contains("行业：物流", "计生协会：乡镇（社区）计生协会会员单位");
        assertThat(page.history.isVisible()).isTrue();
        assertThat(page.history.getElement().getTextRecursively()).contains("行业", "建筑业", "物流");
        assertThat(GridKt._size(page.tasks.grid)).isEqualTo(1);
        assertThat(((Span) GridKt._getCellComponent(page.tasks.grid, 0, "state")).getText()).isEqualTo("办理中");

        _click(page.tasks.give);
        TaskDialog give = _get(TaskDialog.class);
        _setValue(give.kind, TaskKind.OTHER);
        _setValue(give.title, "开展计生宣传");
        _setValue(give.dueOn, today.date().plusDays(5));
        _click(give.save);
        assertThat(GridKt._size(page.tasks.grid)).isEqualTo(2);

        _click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(page.tasks.grid, 0, "done"));
        TaskDoneDialog done = _get(TaskDoneDialog.class);
        _setValue(done.note, "已报送");
        _click(done.save);
        assertThat(tasks.of(enterprise.getId())).filteredOn(t -> t.getId().equals(task.getId())).singleElement()
                .extracting(EnterpriseTask::isOpen).isEqualTo(false);
    }

    @Test
    void anotherUnitsEnterpriseDoesNotOpenByItsAddress() {
        login("beijie.clerk", HomeView.class);
        Enterprise committee = enterprises.register(EnterpriseFixtures.details(unique("北街页面店"), null));
        logout();
        login("fujia.staff", HomeView.class);
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", String.valueOf(committee.getId())));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .satisfiesAnyOf(target -> assertThat(target).isInstanceOf(EnterprisesView.class),
                        target -> assertThat(((EnterpriseView) target).title.getText())
                                .isNotEqualTo(committee.getName()));
    }

    @Test
    void theMenuOffersItToTheUnitsOfficeAndTheRouteRefusesEveryoneElse() {
        for (String user : new String[] {"chengguan.staff", "chengguan.admin", "beijie.clerk"}) {
            login(user, HomeView.class);
            assertThat(menuLabels()).as(user).contains("用工单位");
            logout();
        }
        for (String user : new String[] {"chengguan.officer", "chengguan.group", "county.admin", "county.police",
                "chengguan.sysadmin"}) {
            login(user, HomeView.class);
            assertThat(menuLabels()).as(user).doesNotContain("用工单位");
            assertThatThrownBy(() -> UI.getCurrent().navigate(EnterprisesView.class)).as(user)
                    .hasMessageContaining("denied");
            assertThatThrownBy(() -> UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", "1")))
                    .as(user).hasMessageContaining("denied");
            logout();
        }
    }

    private static List<String> rows(EnterprisesView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i).getName()).toList();
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .flatMap(item -> Stream.concat(Stream.of(item), item.getItems().stream()))
                .map(SideNavItem::getLabel).toList();
    }
}
