package cn.gongguan.certificate.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.certificate.api.ApiToken;
import cn.gongguan.certificate.api.ApiTokens;
import cn.gongguan.reference.Department;
import cn.gongguan.ui.HomeView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API tokens page: the county's system administrator creates a token and sees its secret once, rotates it (a new
 * secret, shown once), revokes it; a refusal shows at its field with everything typed kept; no other role opens it.
 */
class ApiTokensUiTest extends UiTest {

    @Autowired
    ApiTokens tokens;

    @Test
    void theSystemAdministratorCreatesRotatesAndRevokesAToken() {
        login("county.sysadmin", ApiTokensView.class);
        ApiTokensView view = _get(ApiTokensView.class);
        String name = "县公安局户籍系统-" + UUID.randomUUID().toString().substring(0, 6);

        _click(view.create);
        NewTokenDialog dialog = _get(NewTokenDialog.class);
        _setValue(dialog.name, name);
        _setValue(dialog.department, Department.POLICE);
        _setValue(dialog.perMinute, 0);
        _click(dialog.save);
        assertThat(dialog.perMinute.isInvalid()).isTrue();
        assertThat(dialog.perMinute.getErrorMessage()).isEqualTo("每分钟请求上限应在 1 到 1,000,000 之间");
        assertThat(dialog.name.getValue()).as("kept").isEqualTo(name);
        _setValue(dialog.perMinute, 300);
        _click(dialog.save);

        SecretDialog shown = _get(SecretDialog.class);
        String secret = shown.secret.getValue();
        assertThat(secret).startsWith("ggc_").hasSize(58);
        assertThat(shown.secret.isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withId("api-token-copy"));
        _click(_get(Button.class, spec -> spec.withId("api-token-secret-done")));
        _assertNone(SecretDialog.class);

        ApiToken token = row(view, name);
        assertThat(token.hint()).isEqualTo(secret.substring(0, 10));
        assertThat(GridKt._getFormattedRow(view.grid, rows(view).indexOf(token)))
                .contains(name, "公安派出所", secret.substring(0, 10) + "…", "300", "尚未使用", "有效");

        _click(action(view, token, "rotate"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        String rotated = _get(SecretDialog.class).secret.getValue();
        assertThat(rotated).startsWith("ggc_").isNotEqualTo(secret);
        _click(_get(Button.class, spec -> spec.withId("api-token-secret-done")));
        assertThat(row(view, name).rotatedBy()).isEqualTo("county.sysadmin");

        _click(action(view, token, "revoke"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(row(view, name).isActive()).isFalse();
        _assertNone(cell(view, token), Button.class, spec -> spec.withId("api-token-rotate-" + token.id()));
        _assertNone(SecretDialog.class);
    }

    @Test
    void aTownshipsSystemAdministratorIsToldTokensBelongToTheCounty() {
        login("chengguan.sysadmin", ApiTokensView.class);
        _get(Paragraph.class, spec -> spec.withText("接口令牌由县级系统管理员管理。"));
        _assertNone(Grid.class);
    }

    @Test
    void theMenuOffersItToSystemAdministratorsAndTheRouteRefusesEveryoneElse() {
        login("county.sysadmin", HomeView.class);
        assertThat(menuLabels()).contains("接口令牌");
        logout();
        for (String user : List.of("county.admin", "county.governance", "county.secadmin", "county.auditor",
                "county.police", "chengguan.admin")) {
            login(user, HomeView.class);
            assertThat(menuLabels()).as(user).doesNotContain("接口令牌");
            assertThatThrownBy(() -> UI.getCurrent().navigate(ApiTokensView.class)).as(user)
                    .hasMessageContaining("denied");
            logout();
        }
    }

    private static Component cell(ApiTokensView view, ApiToken token) {
        return GridKt._getCellComponent(view.grid, rows(view).indexOf(row(view, token.name())), "actions");
    }

    private static Button action(ApiTokensView view, ApiToken token, String action) {
        return _get(cell(view, token), Button.class, spec -> spec.withId("api-token-" + action + "-" + token.id()));
    }

    private static List<ApiToken> rows(ApiTokensView view) {
        return IntStream.range(0, GridKt._size(view.grid)).mapToObj(i -> GridKt._get(view.grid, i)).toList();
    }

    private static ApiToken row(ApiTokensView view, String name) {
        return rows(view).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .flatMap(item -> Stream.concat(Stream.of(item), item.getItems().stream()))
                .map(SideNavItem::getLabel).toList();
    }
}
