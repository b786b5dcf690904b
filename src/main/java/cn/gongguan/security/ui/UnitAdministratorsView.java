package cn.gongguan.security.ui;

import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.security.UserAdministration.Unit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The units directly below the system administrator's own (the county's townships, a township's residents'
 * committees) with their system administrators, and the form to appoint one: how a new unit gets its first user.
 */
@Route("unit-administrators")
@RolesAllowed(Role.SYSTEM_ADMIN_NAME)
@Menu(title = "nav.unitAdministrators", order = 11, icon = "vaadin:sitemap")
public class UnitAdministratorsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Unit> grid = new Grid<>();
    private final transient UserAdministration administration;

    UnitAdministratorsView(UserAdministration administration, ObjectProvider<NewUserDialog> dialogs) {
        this.administration = administration;
        addClassName("gg-page");
        setSizeFull();
        grid.setId("unit-administrators");
        grid.addColumn(u -> u.tenant().name() + " · " + u.tenant().code().value())
                .setHeader(getTranslation("units.column.unit")).setAutoWidth(true);
        grid.addColumn(this::administrators).setHeader(getTranslation("units.column.administrators")).setFlexGrow(1);
        grid.addComponentColumn(unit -> {
            Button appoint = new Button(getTranslation("units.appoint"), e -> {
                NewUserDialog dialog = dialogs.getObject().forUnit(unit.tenant());
                dialog.addCreatedListener(account -> appointed(account, unit));
                dialog.open();
            });
            appoint.setId("appoint-" + unit.tenant().code().value());
            appoint.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return appoint;
        }).setKey("appoint").setAutoWidth(true);
        List<Unit> units = administration.units();
        grid.setItems(units);
        add(new H2(getTranslation("nav.unitAdministrators")),
                new Paragraph(getTranslation(units.isEmpty() ? "units.empty" : "units.intro")), grid);
    }

    private String administrators(Unit unit) {
        if (unit.administrators().isEmpty()) {
            return getTranslation("units.none");
        }
        return unit.administrators().stream()
                .map(a -> a.displayName() + " · " + a.username()
                        + (a.enabled() ? "" : " · " + getTranslation("users.disabled")))
                .collect(Collectors.joining("; "));
    }

    private void appointed(UserAccount account, Unit unit) {
        grid.setItems(administration.units());
        Notification.show(getTranslation("units.appointed", account.username(), unit.tenant().name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.unitAdministrators") + " · " + getTranslation("app.name");
    }
}
