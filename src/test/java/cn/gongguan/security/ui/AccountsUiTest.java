package cn.gongguan.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.TwoEditors;
import cn.gongguan.UiTest;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.AccountStatus;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.LoginStep;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.TestLogins;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Accounts made by two people, through the administrators' screens, and the puppet paths the matrix closes. */
class AccountsUiTest extends UiTest {

    @Autowired
    UserAdministration administration;
    @Autowired
    TestLogins logins;
    @Autowired
    TwoEditors editors;
    @Autowired
    cn.gongguan.security.audit.AuditTrail trail;

    @Test
    void aSystemAdministratorCreatesAPendingAccountTheSecurityAdministratorGrantsAndItsUserMustChangeThePassword() {
        login("chengguan.sysadmin", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, "li.na");
        _setValue(dialog.displayName, "名".repeat(101));
        _setValue(dialog.role, Role.TOWNSHIP_STAFF);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.displayName.getErrorMessage()).isEqualTo("不能超过 100 个字");
        assertThat(dialog.username.getValue()).as("what was typed is kept").isEqualTo("li.na");
        _setValue(dialog.displayName, "李娜");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        UserAccount created = account("li.na");
        assertThat(created.status()).isEqualTo(AccountStatus.PENDING);
        assertThatThrownBy(() -> logins.passwordLogin("li.na", "")).as("a pending account cannot log in")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(GridKt._findAll(_get(UsersView.class).grid)).filteredOn(a -> a.username().equals("li.na"))
                .singleElement().satisfies(a -> assertThat(a.status()).isEqualTo(AccountStatus.PENDING));
        assertThat(GridKt._findAll(_get(UsersView.class).grid)).as("only the unit's own accounts")
                .allSatisfy(a -> assertThat(a.tenant()).isEqualTo(TenantCode.of("621227100")));
        assertThat(rowButtons(_get(UsersView.class).grid, "li.na")).as("the system administrator cannot grant")
                .containsExactly("toggle-li.na", "request-li.na");

        logout();
        login("chengguan.secadmin", UsersView.class);
        assertThat(buttonIds()).as("the security administrator cannot create").doesNotContain("create-user");
        assertThat(rowButtons(_get(UsersView.class).grid, "li.na")).as("nor the security administrator disable")
                .containsExactly("grant-li.na");
        click(_get(UsersView.class).grid, "li.na", "grant-li.na");
        _click(_get(Button.class, spec -> spec.withId("role-save")));
        String oneTime = _get(Span.class, spec -> spec.withId("one-time-password")).getText();
        assertThat(account("li.na").status()).isEqualTo(AccountStatus.ACTIVE);

        logout();
        Authentication pending = logins.passwordLogin("li.na", oneTime);
        login(pending, HomeView.class);
        assertThat(CurrentUser.pending().orElseThrow().next()).isEqualTo(LoginStep.CHANGE_PASSWORD);
        LoginStepView step = _get(LoginStepView.class);
        PasswordChangeForm form = _get(step, PasswordChangeForm.class);
        _setValue(form.current, oneTime);
        _setValue(form.password, oneTime);
        _setValue(form.repeat, oneTime);
        _click(form.save);
        assertThat(form.password.getErrorMessage()).as("the one-time password is one of the last 5")
                .isEqualTo("不能使用最近 5 次用过的密码");
        _setValue(form.password, "Li-Na-Own-2026");
        _setValue(form.repeat, "Li-Na-Own-2026");
        _click(form.save);
        assertThat(CurrentUser.find()).as("the login is complete").isPresent();
        assertThat(events("621227100", "li.na")).extracting(AuditEvent::action)
                .contains(AuditAction.USER_CREATED, AuditAction.ROLE_GRANTED, AuditAction.PASSWORD_CHANGED,
                        AuditAction.LOGIN_SUCCESS);
    }

    @Test
    void businessRolesManageNoAccountsAtTheServiceAndTheScreen() {
        for (String business : List.of("chengguan.admin", "county.admin")) {
            logout();
            login(business, HomeView.class);
            TenantCode unit = CurrentUser.get().tenant();
            assertThatThrownBy(() -> administration.create(new NewUser("puppet." + unit.value(), "傀儡",
                    Role.AUDIT_ADMIN, null))).as(business).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.list(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class))
                    .hasMessageContaining("Access is denied");
        }
    }

    @Test
    void anAdministratorAppointedBelowWorksOnlyAfterTheSecurityAdministratorAboveGrantsIt() {
        login("county.sysadmin", UnitAdministratorsView.class);
        UnitAdministratorsView view = _get(UnitAdministratorsView.class);
        int fujia = GridKt._findAll(view.grid).stream().map(u -> u.tenant().code().value()).toList()
                .indexOf("621227101");
        _click((Button) GridKt._getCellComponent(view.grid, fujia, "appoint"));
        NewUserDialog dialog = _get(NewUserDialog.class);
        assertThat(dialog.role.getListDataView().getItems().toList())
                .containsExactly(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN);
        _setValue(dialog.username, "fujia.sys");
        _setValue(dialog.displayName, "伏家镇系统管理员");
        _setValue(dialog.role, Role.SYSTEM_ADMIN);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(account("fujia.sys").status()).isEqualTo(AccountStatus.PENDING);
        assertThatThrownBy(() -> administration.appoint(TenantCode.of("621227100001"),
                new NewUser("beijie.sys", "越级", Role.SYSTEM_ADMIN, null)))
                .as("a committee is two levels down").isInstanceOf(AccessDeniedException.class);

        logout();
        login("county.secadmin", UnitAdministratorsView.class);
        click(_get(UnitAdministratorsView.class).administrators, "fujia.sys", "grant-fujia.sys");
        _click(_get(Button.class, spec -> spec.withId("role-save")));
        assertThat(_get(Span.class, spec -> spec.withId("one-time-password")).getText()).hasSize(12);
        assertThat(account("fujia.sys").status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(events("621227101", "fujia.sys")).extracting(AuditEvent::action)
                .contains(AuditAction.USER_CREATED, AuditAction.ROLE_GRANTED);
    }

    @Test
    void aRoleAskedForAnAccountAnotherAdministratorChangedMeanwhileSaysWhoAndReloadsTheList() {
        String colleague = logins.colleague("chengguan.sysadmin");
        login("chengguan.sysadmin", UsersView.class);
        administration.create(new NewUser("role.race", "角色竞争", Role.TOWNSHIP_STAFF, null));
        UsersView view = _get(UsersView.class);
        view.grid.getDataProvider().refreshAll();
        click(view.grid, "role.race", "request-role.race");
        RoleDialog dialog = _get(RoleDialog.class);
        Role asked = dialog.role.getListDataView().getItems().filter(r -> r != Role.TOWNSHIP_STAFF
                && r != Role.VILLAGE_OFFICER).findFirst().orElseThrow();
        _setValue(dialog.role, asked);

        editors.as(colleague, () -> {
            administration.disable(account("role.race"));
            return null;
        });
        _click(_get(Button.class, spec -> spec.withId("role-save")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Div.class, spec -> spec.withId("form-notice")).getElement().getTextRecursively())
                .as("who changed the account meanwhile").contains(colleague + " 已于 ");
        assertThat(dialog.role.getValue()).as("the choice is kept").isEqualTo(asked);
        assertThat(account("role.race").status()).isEqualTo(AccountStatus.DISABLED);

        _click(_get(dialog, Button.class, spec -> spec.withId("form-notice-action")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rowButtons(view.grid, "role.race")).as("the list shows the account as it is now")
                .containsExactly("toggle-role.race");
    }

    @Test
    void anInformationOfficerIsScopedToAVillageAtLevelOneAndToAGroupAtLevelTwo() {
        login("chengguan.sysadmin", UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        NewUserDialog dialog = _get(NewUserDialog.class);
        _setValue(dialog.username, "zu.zhang");
        _setValue(dialog.displayName, "组长");
        _setValue(dialog.role, Role.GROUP_OFFICER);
        assertThat(dialog.orgUnit.isVisible()).isTrue();
        assertThat(dialog.orgUnit.getListDataView().getItems()).as("a level-2 officer is offered groups only")
                .isNotEmpty().allSatisfy(u -> assertThat(u.isGroup()).isTrue());
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(dialog.orgUnit.getErrorMessage()).isEqualTo("二级信息员须选择所属的村民小组");
        assertThat(dialog.username.getValue()).as("what was typed is kept").isEqualTo("zu.zhang");
        _setValue(dialog.role, Role.VILLAGE_OFFICER);
        assertThat(dialog.orgUnit.getListDataView().getItems()).as("a level-1 officer is offered villages only")
                .isNotEmpty().noneSatisfy(u -> assertThat(u.isGroup()).isTrue());
        _setValue(dialog.role, Role.GROUP_OFFICER);
        var group = dialog.orgUnit.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(dialog.orgUnit, group);
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertThat(account("zu.zhang").orgUnit()).isEqualTo(group.getCode());
        assertThat(account("zu.zhang").role()).isEqualTo(Role.GROUP_OFFICER);

        // the service refuses a village for a level-2 officer and a group for a level-1 one at the field
        assertThatThrownBy(() -> administration.create(new NewUser("zu.wrong", "错", Role.GROUP_OFFICER,
                group.getParentCode()))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("user.orgUnit.groupRequired"));
        assertThatThrownBy(() -> administration.create(new NewUser("cun.wrong", "错", Role.VILLAGE_OFFICER,
                group.getCode()))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("user.orgUnit.required"));
        // and so does the database, should anything else write the account
        assertThatThrownBy(() -> asOwner().sql("update platform.app_user set org_unit_code = ? where username = ?")
                .params(group.getParentCode(), "zu.zhang").update())
                .hasStackTraceContaining("app_user_org_unit_check");
        assertThatThrownBy(() -> asOwner().sql("update platform.app_user set org_unit_code = null where username = ?")
                .params("zu.zhang").update())
                .hasStackTraceContaining("app_user_org_unit_check");
    }

    @Nested
    class DisablingAndNotices {

        @Test
        void aDisabledAccountComesBackOnlyThroughTheSecurityAdministratorsGrant() {
            login("chengguan.sysadmin", UsersView.class);
            click(_get(UsersView.class).grid, "chengguan.officer", "toggle-chengguan.officer");
            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
            assertThat(account("chengguan.officer").status()).isEqualTo(AccountStatus.DISABLED);
            administration.enable(account("chengguan.officer"));
            assertThat(account("chengguan.officer").status()).isEqualTo(AccountStatus.PENDING);
            assertThatThrownBy(() -> logins.passwordLogin("chengguan.officer", DEMO_PASSWORD))
                    .isInstanceOf(BadCredentialsException.class);

            logout();
            login("chengguan.secadmin", UsersView.class);
            click(_get(UsersView.class).grid, "chengguan.officer", "grant-chengguan.officer");
            _click(_get(Button.class, spec -> spec.withId("role-save")));
            assertThat(account("chengguan.officer").status()).isEqualTo(AccountStatus.ACTIVE);
            assertThat(logins.passwordLogin("chengguan.officer", DEMO_PASSWORD).getPrincipal())
                    .as("the password is kept: no one-time password for an account that has one")
                    .isNotNull();
        }

        @Test
        void theAuditAdministratorSeesEveryAccountChangeAsANoticeUntilAcknowledged() {
            login("chengguan.sysadmin", HomeView.class);
            administration.create(new NewUser("notice.me", "通知测试", Role.TOWNSHIP_STAFF, null));
            logout();
            login("chengguan.auditor", HomeView.class);
            assertThat(trail.notices(1000)).extracting(AuditEvent::subject).contains("notice.me");
            assertThat(trail.notices(1000)).as("another unit's account changes are not this auditor's")
                    .allSatisfy(e -> assertThat(e.tenant()).isEqualTo(TenantCode.of("621227100")));
            Grid<AuditEvent> notices = _get(Grid.class, spec -> spec.withId("audit-notice-list"));
            assertThat(GridKt._findAll(notices)).isNotEmpty();
            _click(_get(Button.class, spec -> spec.withId("acknowledge-notices")));
            assertThat(trail.notices(1000)).extracting(AuditEvent::subject).doesNotContain("notice.me");
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The account as it is in the database now (the screens' lists are not the witness). */
    private UserAccount account(String username) {
        return jdbc.sql("select id, username, display_name, tenant_code, role, org_unit_code, status, created_at,"
                        + " created_by, requested_by, version from platform.app_user where username = ?")
                .param(username)
                .query((rs, row) -> new UserAccount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        TenantCode.of(rs.getString(4)), Role.valueOf(rs.getString(5)), rs.getString(6),
                        AccountStatus.valueOf(rs.getString(7)), rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getString(10), false, rs.getLong(11), null))
                .single();
    }

    private List<AuditEvent> events(String tenant, String subject) {
        return jdbc.sql("select action from platform.audit_event where tenant_code = ? and subject = ?")
                .params(tenant, subject)
                .query((rs, row) -> new AuditEvent(0, null, null, null, AuditAction.valueOf(rs.getString(1)), subject,
                        null, null))
                .list();
    }

    /** The ids of the buttons in the account's row. */
    private static List<String> rowButtons(Grid<UserAccount> grid, String username) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(actions(grid, username), Button.class).stream()
                .map(b -> b.getId().orElse("")).toList();
    }

    private static void click(Grid<UserAccount> grid, String username, String buttonId) {
        _click(_get(actions(grid, username), Button.class, spec -> spec.withId(buttonId)));
    }

    private static com.vaadin.flow.component.Component actions(Grid<UserAccount> grid, String username) {
        int row = GridKt._findAll(grid).stream().map(UserAccount::username).toList().indexOf(username);
        return GridKt._getCellComponent(grid, row, "actions");
    }

    private static List<String> buttonIds() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class).stream()
                .map(b -> b.getId().orElse("")).toList();
    }
}
