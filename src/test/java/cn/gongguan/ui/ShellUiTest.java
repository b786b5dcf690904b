package cn.gongguan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.county.TenantFigures;
import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.Translations;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.ui.AuditView;
import cn.gongguan.security.ui.LoginView;
import cn.gongguan.security.ui.UsersView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellUiTest extends UiTest {

    @Test
    void anAnonymousVisitorGetsTheLoginPage() {
        UI.getCurrent().navigate(HomeView.class);
        _assertOne(LoginView.class);
        _assertNone(HomeView.class);
    }

    @Test
    void aRefusedLoginSaysTheSameWhateverTheCauseButTheThrottleSaysItsOwn() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("用户名或密码错误")
                .doesNotContain("锁定了").doesNotContain("停用");
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", ""));
        assertThat(String.valueOf(_get(LoginForm.class).getElement().getPropertyRaw("i18n"))).contains("尝试次数过多");
    }

    @Test
    void theCountyHomeListsEveryTenantOfItsTreeWithStatusAndRollupFigures() {
        login("county.admin", HomeView.class);
        assertThat(_get(H1.class, spec -> spec.withId("tenant-name")).getText()).isEqualTo("徽县");
        @SuppressWarnings("unchecked")
        TreeGrid<TenantFigures> grid = _get(TreeGrid.class, spec -> spec.withId("county-tenants"));
        List<TenantFigures> rows = allItems(grid.getTreeData());
        assertThat(rows).hasSize(1 + 15 + 7);
        assertThat(rows).allSatisfy(r -> assertThat(r.tenant().status()).isEqualTo(Tenant.Status.READY));
        assertThat(rows).filteredOn(r -> r.tenant().name().equals("城关镇")).singleElement().satisfies(r -> {
            assertThat(r.orgUnits()).isPositive();
            assertThat(r.users()).isGreaterThanOrEqualTo(3);
        });
        assertThat(rows).filteredOn(r -> r.tenant().name().equals("北街居委会")).singleElement()
                .satisfies(r -> assertThat(r.tenant().parent().value()).isEqualTo("621227100"));
    }

    @Test
    void aTownshipHomeShowsItsOwnVillagesOnly() {
        login("fujia.admin", HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<OrgUnit> grid = _get(Grid.class, spec -> spec.withId("org-units"));
        assertThat(GridKt._size(grid)).isPositive();
        for (int row = 0; row < GridKt._size(grid); row++) {
            assertThat(GridKt._get(grid, row).getCode()).startsWith("621227101");
        }
        _assertNone(TreeGrid.class);
    }

    @Test
    void theMenuHoldsOnlyWhatTheRoleMayOpen() {
        login("county.admin", HomeView.class);
        assertThat(menu()).as("business roles manage no accounts")
                .containsExactly("首页", "数据看板", "年终考核", "五反馈（信息交换）", "各乡镇综治小组", "区域协作",
                        "联合清理行动");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .filter(item -> item.getLabel().equals("五反馈（信息交换）")).findFirst().orElseThrow().getItems())
                .as("the county's bulletins to partners outside leave through the national platform's files")
                .extracting(SideNavItem::getLabel).containsExactly("全国平台交换", "逾期上报县级");
        logout();
        login("county.governance", HomeView.class);
        assertThat(menu()).startsWith("首页", "数据看板").doesNotContain("人员登记");
        logout();
        login("county.secadmin", HomeView.class);
        assertThat(menu()).containsExactly("首页", "用户管理", "下级单位管理员", "安全设置", "节假日日历");
        logout();
        login("county.auditor", HomeView.class);
        assertThat(menu()).containsExactly("首页", "审计日志");
        logout();
        login("chengguan.staff", HomeView.class);
        assertThat(menu()).containsExactly("首页", "人员登记", "一站式服务", "一访（走访）", "三跟踪（我的待办）",
                "外出人员", "信息员上报", "每月排查", "六个一", "五反馈（信息交换）", "综合治理小组", "区域协作", "本乡镇考核",
                "出租房屋", "房东月报", "出租房屋清查", "用工单位", "联合清理任务", "派出所月报");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .filter(item -> item.getLabel().equals("综合治理小组")).findFirst().orElseThrow().getItems())
                .extracting(SideNavItem::getLabel).containsExactly("重点场所");
        assertThat(_get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .filter(item -> item.getLabel().equals("六个一")).findFirst().orElseThrow().getItems())
                .as("a view whose route lies below another's is nested under it")
                .extracting(SideNavItem::getLabel).contains("季度生殖健康服务", "婚育证明发放登记");
        logout();
        login("chengguan.admin", HomeView.class);
        assertThat(menu()).contains("服务联系方式", "数据看板").doesNotContain("节假日日历");
        logout();
        login("county.sysadmin", HomeView.class);
        assertThat(menu()).contains("节假日日历").doesNotContain("人员登记");
    }

    @Test
    void aViewTheRoleMayNotOpenIsNotShownEvenByAddress() {
        login("chengguan.staff", HomeView.class);
        assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class)).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(AuditView.class)).hasMessageContaining("Access is denied");
        _assertNone(UsersView.class);
        _assertNone(AuditView.class);
    }

    @Test
    void switchingToEnglishTranslatesTheShell() {
        login("chengguan.admin", HomeView.class);
        LocalePreference.switchTo(Translations.ENGLISH);
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Translations.ENGLISH);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Home", "Registry");
    }

    private static List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }

    private static <T> List<T> allItems(TreeData<T> data) {
        List<T> all = new ArrayList<>();
        List<T> level = new ArrayList<>(data.getRootItems());
        while (!level.isEmpty()) {
            all.addAll(level);
            level = level.stream().flatMap(item -> data.getChildren(item).stream()).toList();
        }
        return all;
    }
}
