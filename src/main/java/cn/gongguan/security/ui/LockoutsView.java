package cn.gongguan.security.ui;

import cn.gongguan.security.Role;
import cn.gongguan.security.SecurityAdministration;
import cn.gongguan.security.UnitSecurity;
import cn.gongguan.security.UserAccount;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The security administrator's settings of their unit (the second factor for every account) and the locked accounts
 * they may unlock: their unit's and the administrators' of the units below.
 */
@Route("lockouts")
@RolesAllowed(Role.SECURITY_ADMIN_NAME)
@Menu(title = "nav.lockouts", order = 20, icon = "vaadin:lock")
public class LockoutsView extends VerticalLayout implements TranslatedTitle {

    final Checkbox secondFactorForAll = new Checkbox();
    final Grid<UserAccount> grid = new Grid<>();
    private final transient SecurityAdministration security;

    LockoutsView(SecurityAdministration security, UnitSecurity unitSecurity, AccountActions actions) {
        this.security = security;
        addClassName("gg-page");
        secondFactorForAll.setLabel(getTranslation("security.secondFactorForAll"));
        secondFactorForAll.setId("second-factor-for-all");
        secondFactorForAll.setValue(unitSecurity.secondFactorRequiredForAll());
        secondFactorForAll.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                unitSecurity.requireSecondFactorForAll(e.getValue());
                Notification.show(getTranslation("security.saved"));
            }
        });
        grid.setId("locked-accounts");
        grid.addColumn(UserAccount::username).setHeader(getTranslation("users.column.username"));
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("users.column.displayName"));
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("users.column.role"));
        grid.addComponentColumn(a -> actions.of(a, this::refresh)).setKey("actions");
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        refresh();
        add(new H2(getTranslation("nav.lockouts")), secondFactorForAll,
                new Paragraph(getTranslation("security.secondFactorAlways")),
                new H3(getTranslation("lockouts.title")), new Paragraph(getTranslation("lockouts.policy")), grid);
    }

    private void refresh() {
        grid.setItems(security.locked());
    }

    @Override
    public String titleKey() {
        return "nav.lockouts";
    }
}
