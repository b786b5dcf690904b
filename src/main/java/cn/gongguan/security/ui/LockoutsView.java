package cn.gongguan.security.ui;

import cn.gongguan.security.Lockouts;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
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

/** The security administrator sees the locked accounts of their tenant and the lockout policy, and unlocks. */
@Route("lockouts")
@RolesAllowed(Role.SECURITY_ADMIN_NAME)
@Menu(title = "nav.lockouts", order = 20, icon = "vaadin:lock")
public class LockoutsView extends VerticalLayout implements HasDynamicTitle {

    private final transient Lockouts lockouts;
    private final Grid<UserAccount> grid = new Grid<>();

    LockoutsView(Lockouts lockouts) {
        this.lockouts = lockouts;
        addClassName("gg-page");
        grid.setId("locked-accounts");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.displayName"));
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("users.column.role"));
        grid.addComponentColumn(this::unlockButton).setKey("unlock");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("nav.lockouts")), new Paragraph(getTranslation("lockouts.policy")), grid);
    }

    private Button unlockButton(UserAccount account) {
        Button unlock = new Button(getTranslation("lockouts.unlock"), e -> {
            lockouts.unlock(account);
            Notification.show(getTranslation("lockouts.unlocked", account.username()));
            refresh();
        });
        unlock.setId("unlock-" + account.username());
        unlock.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return unlock;
    }

    private void refresh() {
        grid.setItems(lockouts.locked());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.lockouts") + " · " + getTranslation("app.name");
    }
}
