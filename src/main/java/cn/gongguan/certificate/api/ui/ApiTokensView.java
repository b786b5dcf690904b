package cn.gongguan.certificate.api.ui;

import cn.gongguan.certificate.api.ApiToken;
import cn.gongguan.certificate.api.ApiTokens;
import cn.gongguan.certificate.api.IssuedToken;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;

/**
 * The county's API tokens for other departments' own systems (issue 16), kept by its system administrator: create
 * one for a department, rotate its secret, revoke it. A secret is shown once, when created or rotated.
 */
@Route("api-tokens")
@RolesAllowed(Role.SYSTEM_ADMIN_NAME)
@Menu(title = "nav.apiTokens", order = 41, icon = "vaadin:connect")
public class ApiTokensView extends VerticalLayout implements TranslatedTitle {

    private final transient ApiTokens tokens;
    final Grid<ApiToken> grid = new Grid<>();
    final Button create = new Button();

    ApiTokensView(ApiTokens tokens) {
        this.tokens = tokens;
        addClassName("gg-page");
        add(new H2(getTranslation("nav.apiTokens")));
        if (CurrentUser.get().tenant().kind() != TenantKind.COUNTY) {
            add(new Paragraph(getTranslation("api.token.countyOnly")));
            return;
        }
        create.setText(getTranslation("api.token.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("api-token-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            NewTokenDialog dialog = new NewTokenDialog(tokens);
            dialog.addSavedListener(saved -> issued(saved.saved()));
            dialog.open();
        });
        grid.setId("api-tokens");
        grid.addColumn(ApiToken::name).setHeader(getTranslation("api.token.name")).setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.department().labelKey())).setHeader(getTranslation("api.token.department"));
        grid.addColumn(t -> t.hint() + "…").setHeader(getTranslation("api.token.hint"));
        grid.addColumn(t -> t.perMinute() == null
                        ? getTranslation("api.token.perMinute.default", tokens.defaultPerMinute())
                        : String.valueOf(t.perMinute()))
                .setHeader(getTranslation("api.token.perMinute"));
        grid.addColumn(t -> getTranslation("api.token.by", t.createdBy(), when(t.createdAt())))
                .setHeader(getTranslation("api.token.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("api.token.neverUsed") : when(t.lastUsedAt()))
                .setHeader(getTranslation("api.token.lastUsed"));
        grid.addColumn(this::state).setHeader(getTranslation("api.token.state"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("api.token.actions"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("api.token.intro")), create, grid);
        reload();
    }

    private void reload() {
        grid.setItems(tokens.list());
    }

    private String state(ApiToken token) {
        if (!token.isActive()) {
            return getTranslation("api.token.revokedBy", token.revokedBy(), when(token.revokedAt()));
        }
        return token.rotatedAt() == null ? getTranslation("api.token.active")
                : getTranslation("api.token.rotatedBy", token.rotatedBy(), when(token.rotatedAt()));
    }

    private HorizontalLayout actions(ApiToken token) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!token.isActive()) {
            return actions;
        }
        Button rotate = new Button(getTranslation("api.token.rotate"), e -> confirm("api.token.rotate",
                getTranslation("api.token.rotate.confirm", token.name()), "primary",
                () -> issued(tokens.rotate(token.id(), token.version()))));
        rotate.setId("api-token-rotate-" + token.id());
        rotate.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button revoke = new Button(getTranslation("api.token.revoke"), e -> confirm("api.token.revoke",
                getTranslation("api.token.revoke.confirm", token.name()), "error primary",
                () -> tokens.revoke(token.id(), token.version())));
        revoke.setId("api-token-revoke-" + token.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(rotate, revoke);
        return actions;
    }

    private void issued(IssuedToken issued) {
        reload();
        new SecretDialog(issued).open();
    }

    private void confirm(String actionKey, String text, String theme, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(actionKey));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(actionKey));
        confirm.setConfirmButtonTheme(theme);
        confirm.addConfirmListener(e -> {
            try {
                action.run();
            } catch (InvalidInputException refusal) {
                // rotated or revoked by someone else since the list was shown: say by whom, show the list as it is
                Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 6000,
                        Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            reload();
        });
        confirm.open();
    }

    private String when(Instant at) {
        return Formats.dateTime(at, getLocale());
    }

    @Override
    public String titleKey() {
        return "nav.apiTokens";
    }
}
