package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** The user accounts of the administrator's own tenant: create, disable, re-enable. */
@Route("users")
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.TOWNSHIP_ADMIN_NAME, Role.SYSTEM_ADMIN_NAME})
@Menu(title = "nav.users", order = 10, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient UserAdministration administration;
    private final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserAdministration administration, OrgUnits orgUnits, ObjectProvider<NewUserDialog> dialogs) {
        this.administration = administration;
        addClassName("gg-page");
        Button create = new Button(getTranslation("users.create"), e -> {
            NewUserDialog dialog = dialogs.getObject();
            dialog.addCreatedListener(created -> {
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("users.created", created.username()));
            });
            dialog.open();
        });
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.users")), create);
        header.setAlignItems(Alignment.BASELINE);

        Map<String, String> villages = orgUnits.active().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName));
        grid.setId("users");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.displayName"));
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("users.column.role"));
        grid.addColumn(a -> a.orgUnit() == null ? "" : villages.getOrDefault(a.orgUnit(), a.orgUnit()))
                .setHeader(getTranslation("users.column.orgUnit"));
        grid.addComponentColumn(this::enabledBadge).setHeader(getTranslation("users.column.enabled"));
        grid.addColumn(a -> Formats.dateTime(a.createdAt(), getLocale())).setHeader(getTranslation("users.column.createdAt"));
        grid.addComponentColumn(this::toggleButton).setKey("toggle");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> administration.list(query.getOffset(), query.getLimit()).stream(), query -> administration.count());
        add(header, grid);
        setSizeFull();
    }

    private Span enabledBadge(UserAccount account) {
        Span badge = new Span(getTranslation(account.enabled() ? "users.enabled" : "users.disabled"));
        badge.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private Component toggleButton(UserAccount account) {
        if (account.id() == CurrentUser.get().id()) {
            return new Span();
        }
        Button toggle = new Button(getTranslation(account.enabled() ? "users.disable" : "users.enable"), e -> {
            try {
                administration.setEnabled(account, !account.enabled());
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException refusal) {
                Notification.show(getTranslation(refusal.messageKey()));
            }
        });
        toggle.setId("toggle-" + account.username());
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return toggle;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · " + getTranslation("app.name");
    }
}
