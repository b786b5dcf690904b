package cn.gongguan.security.ui;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration.Unit;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The units directly below the administrator's own (the county's townships, a township's residents' committees) and
 * their three administrators, appointed from here in two steps: the system administrator creates the account, the
 * security administrator grants its role. How a new unit gets its first users.
 */
@Route("unit-administrators")
@RolesAllowed({Role.SYSTEM_ADMIN_NAME, Role.SECURITY_ADMIN_NAME})
@Menu(title = "nav.unitAdministrators", order = 11, icon = "vaadin:sitemap")
public class UnitAdministratorsView extends VerticalLayout implements TranslatedTitle {

    final Grid<Unit> grid = new Grid<>();
    final Grid<UserAccount> administrators = new Grid<>();
    private final transient UserAdministration administration;
    private Map<String, String> names = Map.of();

    UnitAdministratorsView(UserAdministration administration, ObjectProvider<NewUserDialog> dialogs,
                           AccountActions actions) {
        this.administration = administration;
        addClassName("gg-page");
        setSizeFull();
        grid.setId("unit-administrators");
        grid.addColumn(u -> u.tenant().name() + " · " + u.tenant().code().value())
                .setHeader(getTranslation("units.column.unit")).setAutoWidth(true);
        grid.addColumn(this::summary).setHeader(getTranslation("units.column.administrators")).setFlexGrow(1);
        if (CurrentUser.get().role() == Role.SYSTEM_ADMIN) {
            grid.addComponentColumn(unit -> {
                Button appoint = new Button(getTranslation("units.appoint"), e -> {
                    NewUserDialog dialog = dialogs.getObject().forUnit(unit.tenant());
                    dialog.addSavedListener(account -> appointed(account.saved(), unit));
                    dialog.open();
                });
                appoint.setId("appoint-" + unit.tenant().code().value());
                appoint.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                return appoint;
            }).setKey("appoint").setAutoWidth(true);
        }
        grid.setAllRowsVisible(true);

        administrators.setId("unit-administrator-accounts");
        administrators.addColumn(this::unitName).setHeader(getTranslation("units.column.unit"));
        administrators.addColumn(UserAccount::username).setHeader(getTranslation("users.column.username"));
        administrators.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.displayName"));
        administrators.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("users.column.role"));
        administrators.addComponentColumn(UsersView::statusBadge).setHeader(getTranslation("users.column.status"));
        administrators.getColumns().forEach(c -> c.setAutoWidth(true));
        administrators.addComponentColumn(a -> actions.of(a, this::refresh)).setKey("actions")
                .setAutoWidth(true).setFrozenToEnd(true);
        administrators.setAllRowsVisible(true);
        List<Unit> units = refresh();
        add(new H2(getTranslation("nav.unitAdministrators")),
                new Paragraph(getTranslation(units.isEmpty() ? "units.empty" : "units.intro")), grid,
                new H3(getTranslation("units.accounts")), administrators);
    }

    private String summary(Unit unit) {
        if (unit.administrators().isEmpty()) {
            return getTranslation("units.none");
        }
        return unit.administrators().stream()
                .map(a -> getTranslation(a.role().labelKey()) + ": " + a.displayName() + " · "
                        + getTranslation(a.status().labelKey()))
                .collect(Collectors.joining("; "));
    }

    private String unitName(UserAccount account) {
        return names.getOrDefault(account.tenant().value(), account.tenant().value());
    }

    private List<Unit> refresh() {
        List<Unit> units = administration.units();
        names = units.stream().collect(Collectors.toMap(u -> u.tenant().code().value(), u -> u.tenant().name(),
                (a, b) -> a));
        grid.setItems(units);
        administrators.setItems(units.stream().flatMap(u -> u.administrators().stream()).toList());
        return units;
    }

    private void appointed(UserAccount account, Unit unit) {
        refresh();
        Notification.show(getTranslation("units.appointed", account.username(), unit.tenant().name()));
    }

    @Override
    public String titleKey() {
        return "nav.unitAdministrators";
    }
}
