package cn.gongguan.security.ui;

import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A role for an account: the system administrator chooses one to ask for (the account waits for the grant), the
 * security administrator sees the one asked for and grants it. A first grant gives a one-time password, shown once.
 * When another administrator changed the account since the list showed it, the dialog says who and when; its reload
 * refreshes the list, whose buttons are those of the account as it is now.
 */
class RoleDialog extends FormDialog<Optional<String>> {

    /** What the dialog does with the chosen role and village: ask for it, or grant it (maybe with a password). */
    @FunctionalInterface
    interface RoleAct {
        Optional<String> apply(Role role, String orgUnit);
    }

    final Select<Role> role = required("role", new Select<>());
    final ComboBox<OrgUnit> orgUnit = field("orgUnit", new ComboBox<>());
    private final transient RoleAct act;
    private final transient Runnable done;

    /** {@code keys} prefixes the texts: {@code accounts.grant} or {@code accounts.request}. */
    RoleDialog(String keys, UserAccount account, List<Role> roles, OrgUnits orgUnits, RoleAct act, Runnable done) {
        super("role-save");
        this.act = act;
        this.done = done;
        setHeaderTitle(getTranslation(keys + ".title", account.username(), account.displayName()));
        save.setText(getTranslation(keys));
        role.setLabel(getTranslation("users.column.role"));
        role.setId("role-choice");
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        if (roles.contains(account.role())) {
            role.setValue(account.role());
        }
        orgUnit.setLabel(getTranslation("users.column.orgUnit"));
        orgUnit.setId("role-org-unit");
        // the org units of the administrator's own unit, where business accounts are managed (administrators need
        // none): a village for a level-1 officer, a group for a level-2 one
        List<OrgUnit> units = account.role().isAdministrator() ? List.of() : orgUnits.active();
        Map<String, String> names = orgUnits.names();
        orgUnit.setItemLabelGenerator(u -> names.getOrDefault(u.getCode(), u.getName()));
        offer(units, role.getValue());
        units.stream().filter(u -> u.getCode().equals(account.orgUnit())).findFirst().ifPresent(orgUnit::setValue);
        // a grant gives exactly what was asked for: nothing to choose
        role.setReadOnly(roles.size() == 1);
        orgUnit.setReadOnly(roles.size() == 1);
        role.addValueChangeListener(e -> offer(units, e.getValue()));
        addWide(new Paragraph(getTranslation(keys + ".intro")));
        addFields(role, orgUnit);
        // the account's acts depend on its state: reloading is showing the list afresh, from which to open it again
        reloadWith(() -> {
            close();
            done.run();
        });
        addSavedListener(saved -> {
            saved.saved().ifPresent(password -> new OneTimePasswordDialog(account.username(), password).open());
            done.run();
        });
    }

    /** Shows the org unit for an officer's role only, offering the units of the role's kind. */
    private void offer(List<OrgUnit> units, Role chosen) {
        orgUnit.setVisible(Role.OFFICERS.contains(chosen));
        OrgUnit current = orgUnit.getValue();
        List<OrgUnit> offered = chosen == null ? List.of() : units.stream().filter(chosen::mayBeScopedTo).toList();
        orgUnit.setItems(offered);
        orgUnit.setValue(offered.contains(current) ? current : null);
    }

    @Override
    protected Optional<String> write() {
        OrgUnit village = orgUnit.getValue();
        return act.apply(role.getValue(), village == null ? null : village.getCode());
    }

    /** The account is no longer one the administrator may act on (another took it over meanwhile). */
    @Override
    protected boolean showRefusal(RuntimeException refusal) {
        if (!(refusal instanceof AccessDeniedException)) {
            return false;
        }
        close();
        AccountActions.error(this, "account.statusChanged");
        done.run();
        return true;
    }
}
