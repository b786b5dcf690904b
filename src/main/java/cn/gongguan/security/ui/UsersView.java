package cn.gongguan.security.ui;

import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The accounts of the administrator's own unit. The system administrator creates (pending) and disables; the
 * security administrator grants roles, unlocks and resets. Each row shows only what the role matrix allows.
 */
@Route("users")
@RolesAllowed({Role.SYSTEM_ADMIN_NAME, Role.SECURITY_ADMIN_NAME})
@Menu(title = "nav.users", order = 10, icon = "vaadin:users")
public class UsersView extends VerticalLayout implements TranslatedTitle {

    final Grid<UserAccount> grid = new Grid<>();

    UsersView(UserAdministration administration, OrgUnits orgUnits, ObjectProvider<NewUserDialog> dialogs,
              AccountActions actions) {
        addClassName("gg-page");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.users")));
        header.setAlignItems(Alignment.BASELINE);
        if (CurrentUser.get().role() == Role.SYSTEM_ADMIN) {
            Button create = new Button(getTranslation("users.create"), e -> {
                NewUserDialog dialog = dialogs.getObject();
                dialog.addSavedListener(created -> {
                    grid.getDataProvider().refreshAll();
                    Notification.show(getTranslation("users.created", created.saved().username()));
                });
                dialog.open();
            });
            create.setId("create-user");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(create);
        }

        Map<String, String> villages = orgUnits.names();
        grid.setId("users");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.displayName"));
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("users.column.role"));
        grid.addColumn(a -> a.orgUnit() == null ? "" : villages.getOrDefault(a.orgUnit(), a.orgUnit()))
                .setHeader(getTranslation("users.column.orgUnit"));
        grid.addColumn(a -> a.department() == null ? "" : getTranslation("department." + a.department()))
                .setHeader(getTranslation("users.column.department"));
        grid.addComponentColumn(UsersView::statusBadge).setHeader(getTranslation("users.column.status"));
        grid.addColumn(a -> getTranslation(a.secondFactorEnrolled() ? "users.secondFactor.on" : "users.secondFactor.off"))
                .setHeader(getTranslation("users.column.secondFactor"));
        grid.addColumn(a -> Formats.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("users.column.createdAt"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        // the acts stay in sight on a narrow screen while the columns scroll under them
        grid.addComponentColumn(a -> actions.of(a, grid.getDataProvider()::refreshAll)).setKey("actions")
                .setAutoWidth(true).setFrozenToEnd(true);
        grid.setItems(query -> administration.list(query.getOffset(), query.getLimit()).stream(),
                query -> administration.count());
        add(header, new Paragraph(getTranslation("users.intro." + CurrentUser.get().role().name())), grid);
        setSizeFull();
    }

    /** Pending, active or disabled, as a badge. */
    static Span statusBadge(UserAccount account) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(account.status().labelKey()));
        badge.getElement().getThemeList().add(switch (account.status()) {
            case ACTIVE -> "badge success";
            case PENDING -> "badge contrast";
            case DISABLED -> "badge error";
        });
        return badge;
    }

    @Override
    public String titleKey() {
        return "nav.users";
    }
}
