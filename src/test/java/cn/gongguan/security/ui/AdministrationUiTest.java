package cn.gongguan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.Lockouts;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditTrail;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The three administrators' screens, each bound to the administrator's own tenant. */
class AdministrationUiTest extends UiTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    AccountProvisioning accounts;
    @Autowired
    AuditTrail audit;

    @Test
    void aTownshipAdministratorCreatesAVillageOfficerAndBadInputIsToldAtTheFieldWithNothingLost() {
        login("chengguan.admin", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, "wang.fang");
        _setValue(dialog.displayName, "王芳");
        _setValue(dialog.role, Role.VILLAGE_OFFICER);
        _setValue(dialog.password, "short");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        // No village chosen: refused at that field, the rest kept.
        assertThat(dialog.orgUnit.isInvalid()).isTrue();
        assertThat(dialog.orgUnit.getErrorMessage()).isEqualTo("村信息员须选择所属的村或社区");
        assertThat(dialog.username.getValue()).isEqualTo("wang.fang");
        assertThat(dialog.isOpened()).isTrue();

        OrgUnit village = dialog.orgUnit.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(dialog.orgUnit, village);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("密码至少需要 10 个字符");
        assertThat(dialog.displayName.getValue()).isEqualTo("王芳");

        _setValue(dialog.password, "Village-Officer-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(usernames(usersGrid())).contains("wang.fang");
        UserAccount created = administration.list(0, 100).stream()
                .filter(a -> a.username().equals("wang.fang")).findFirst().orElseThrow();
        assertThat(created.tenant()).isEqualTo(TenantCode.of("621227100"));
        assertThat(created.orgUnit()).isEqualTo(village.getCode());
    }

    @Test
    void theCountysSystemAdministratorAppointsATownshipsWhoAppointsItsCommitteesButNoFurther() {
        login("county.sysadmin", UnitAdministratorsView.class);
        UnitAdministratorsView view = _get(UnitAdministratorsView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(u -> u.tenant().code().value())
                .contains("621227100", "621227101").doesNotContain("621227100001", "621227");
        int chengguan = GridKt._findAll(view.grid).stream().map(u -> u.tenant().code().value()).toList()
                .indexOf("621227100");
        _click((Button) GridKt._getCellComponent(view.grid, chengguan, "appoint"));
        NewUserDialog dialog = _get(NewUserDialog.class);
        assertThat(dialog.role.getValue()).isEqualTo(Role.SYSTEM_ADMIN);
        assertThat(dialog.role.isReadOnly()).isTrue();
        _setValue(dialog.username, "chengguan.sys");
        _setValue(dialog.displayName, "城关镇系统管理员");
        _setValue(dialog.password, "short");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.username.getValue()).isEqualTo("chengguan.sys");
        _setValue(dialog.password, "Chengguan#2026x");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(GridKt._findAll(view.grid)).filteredOn(u -> u.tenant().code().value().equals("621227100"))
                .singleElement().satisfies(u -> assertThat(u.administrators()).extracting(UserAccount::username)
                        .contains("chengguan.sys"));
        assertThat(audit.list(TenantCode.of("621227"), new cn.gongguan.security.audit.AuditFilter("county.sysadmin",
                AuditAction.USER_CREATED, null, null), 0, 20)).extracting(AuditEvent::subject).contains("chengguan.sys");
        assertThatThrownBy(() -> administration.appoint(TenantCode.of("621227100001"),
                new NewUser("beijie.sys.x", "越级", Role.SYSTEM_ADMIN, null, "Beijie#2026xx")))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        login("chengguan.sys", UnitAdministratorsView.class);
        assertThat(GridKt._findAll(_get(UnitAdministratorsView.class).grid)).extracting(u -> u.tenant().code().value())
                .contains("621227100001", "621227100002").doesNotContain("621227101");
        assertThatThrownBy(() -> administration.appoint(TenantCode.of("621227100001"),
                new NewUser("beijie.sys", "名".repeat(101), Role.SYSTEM_ADMIN, null, "Beijie#2026xx")))
                .isInstanceOfSatisfying(cn.gongguan.platform.InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("displayName"));
        UserAccount clerkAdmin = administration.appoint(TenantCode.of("621227100002"),
                new NewUser("dongjie.sys", "东街居委会系统管理员", Role.TOWNSHIP_ADMIN, null, "Dongjie#2026xx"));
        assertThat(clerkAdmin.role()).as("the role is always the unit's system administrator").isEqualTo(Role.SYSTEM_ADMIN);
        assertThat(clerkAdmin.tenant()).isEqualTo(TenantCode.of("621227100002"));
        assertThatThrownBy(() -> administration.appoint(TenantCode.of("621227101"),
                new NewUser("fujia.sys.x", "邻镇", Role.SYSTEM_ADMIN, null, "Fujia#2026xxx")))
                .isInstanceOf(AccessDeniedException.class);
        logout();

        login("chengguan.admin", UsersView.class);
        assertThatThrownBy(() -> administration.units()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTakenUserNameIsRefusedAtTheUserNameField() {
        login("fujia.admin", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, "chengguan.staff");
        _setValue(dialog.displayName, "重名");
        _setValue(dialog.role, Role.TOWNSHIP_STAFF);
        _setValue(dialog.password, "Some-Password-1");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.username.getErrorMessage()).isEqualTo("该用户名已被使用");
    }

    @Test
    void anAdministratorSeesAndChangesTheAccountsOfTheirOwnTenantOnly() {
        UserAccount chengguanStaff = accountOf("chengguan.admin", "chengguan.staff");
        logout();
        login("fujia.admin", UsersView.class);
        assertThat(usernames(usersGrid())).contains("fujia.staff").noneMatch(u -> u.startsWith("chengguan."));
        assertThatThrownBy(() -> administration.setEnabled(chengguanStaff, false)).isInstanceOf(AccessDeniedException.class);
        assertThat(accountOf("chengguan.admin", "chengguan.staff").enabled()).isTrue();
    }

    @Test
    void disablingAnAccountShowsAtOnceAndIsAudited() {
        accounts.ensure(TenantCode.of("621227101"), new NewUser("fujia.temp", "临时", Role.TOWNSHIP_STAFF, null, "Temporary-Pass-1"));
        login("fujia.admin", UsersView.class);
        _click(cell(usersGrid(), "fujia.temp", "toggle"));
        assertThat(cell(usersGrid(), "fujia.temp", "toggle").getText()).isEqualTo("启用");
        assertThat(accountOf("fujia.admin", "fujia.temp").enabled()).isFalse();
        List<AuditEvent> events = audit.list(TenantCode.of("621227101"),
                new cn.gongguan.security.audit.AuditFilter("fujia.admin", AuditAction.USER_DISABLED, null, null), 0, 10);
        assertThat(events).extracting(AuditEvent::subject).contains("fujia.temp");
    }

    @Test
    void staffCannotUseTheAdministrationServiceEvenWithoutTheScreen() {
        login("chengguan.staff", cn.gongguan.ui.HomeView.class);
        assertThatThrownBy(() -> administration.list(0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theAuditAdministratorReadsTheTrailOfTheirOwnTenantOnly() {
        audit.record(TenantCode.of("621227100"), "chengguan.staff", AuditAction.LOGIN_SUCCESS, "chengguan.staff", null, null);
        audit.record(TenantCode.of("621227101"), "fujia.staff", AuditAction.LOGIN_SUCCESS, "fujia.staff", null, null);
        login("chengguan.auditor", AuditView.class);
        AuditView view = _get(AuditView.class);
        List<AuditEvent> rows = items(view.grid);
        assertThat(rows).extracting(AuditEvent::actor).contains("chengguan.staff").doesNotContain("fujia.staff");
        assertThat(rows).allSatisfy(e -> assertThat(e.tenant()).isEqualTo(TenantCode.of("621227100")));

        _setValue(view.action, AuditAction.LOGIN_SUCCESS);
        assertThat(items(view.grid)).isNotEmpty().allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.LOGIN_SUCCESS));
    }

    @Test
    void theSecurityAdministratorUnlocksALockedAccountOfTheirTenant() {
        accounts.ensure(TenantCode.of("621227"), new NewUser("county.locked", "被锁用户", Role.COUNTY_GOVERNANCE, null, "Locked-Out-2026"));
        accounts.ensure(TenantCode.of("621227"), new NewUser("county.secadmin2", "安全员", Role.SECURITY_ADMIN, null, "Security-Admin-1"));
        for (int i = 0; i < 5; i++) {
            audit.record(TenantCode.of("621227"), "county.locked", AuditAction.LOGIN_FAILURE, "county.locked", null, null);
        }
        login("county.secadmin2", LockoutsView.class);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("locked-accounts"));
        assertThat(items(grid)).extracting(UserAccount::username).contains("county.locked");
        _click(cell(grid, "county.locked", "unlock"));
        assertThat(items(grid)).extracting(UserAccount::username).doesNotContain("county.locked");
    }

    @Test
    void theSecurityAdministratorOfATownshipDoesNotSeeTheCountysLockedAccounts(@Autowired Lockouts lockouts) {
        accounts.ensure(TenantCode.of("621227101"), new NewUser("fujia.secadmin", "伏家镇安全员", Role.SECURITY_ADMIN, null, "Security-Admin-2"));
        for (int i = 0; i < 5; i++) {
            audit.record(TenantCode.of("621227"), "county.governance", AuditAction.LOGIN_FAILURE, "county.governance", null, null);
        }
        login("fujia.secadmin", LockoutsView.class);
        assertThat(lockouts.locked()).extracting(UserAccount::username).doesNotContain("county.governance");
        UserAccount countyAccount = accountOf("county.admin", "county.governance");
        logout();
        login("fujia.secadmin", LockoutsView.class);
        assertThatThrownBy(() -> lockouts.unlock(countyAccount)).isInstanceOf(AccessDeniedException.class);
    }

    private UserAccount accountOf(String administrator, String username) {
        logout();
        login(administrator, UsersView.class);
        UserAccount account = administration.list(0, 500).stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow();
        return account;
    }

    private static Button cell(Grid<UserAccount> grid, String username, String column) {
        int row = usernames(grid).indexOf(username);
        assertThat(row).as("row of %s", username).isNotNegative();
        return (Button) GridKt._getCellComponent(grid, row, column);
    }

    @SuppressWarnings("unchecked")
    private static Grid<UserAccount> usersGrid() {
        return _get(Grid.class, spec -> spec.withId("users"));
    }

    private static List<String> usernames(Grid<UserAccount> grid) {
        return items(grid).stream().map(UserAccount::username).toList();
    }

    private static <T> List<T> items(Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row)).toList();
    }
}
