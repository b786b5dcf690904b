package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import java.util.Optional;

/**
 * A role for an account: the system administrator chooses one to ask for (the account waits for the grant), the
 * security administrator sees the one asked for and grants it. A first grant gives a one-time password, shown once.
 */
class RoleDialog extends Dialog {

    /** What the dialog does with the chosen role and village: ask for it, or grant it (maybe with a password). */
    @FunctionalInterface
    interface RoleAct {
        Optional<String> apply(Role role, String orgUnit);
    }

    final Select<Role> role = new Select<>();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    /** {@code keys} prefixes the texts: {@code accounts.grant} or {@code accounts.request}. */
    RoleDialog(String keys, UserAccount account, List<Role> roles, OrgUnits orgUnits, RoleAct act, Runnable done) {
        setHeaderTitle(getTranslation(keys + ".title", account.username(), account.displayName()));
        role.setLabel(getTranslation("users.column.role"));
        role.setId("role-choice");
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        if (roles.contains(account.role())) {
            role.setValue(account.role());
        }
        orgUnit.setLabel(getTranslation("users.column.orgUnit"));
        orgUnit.setId("role-org-unit");
        // the villages of the administrator's own unit, where business accounts are managed (administrators need none)
        List<OrgUnit> villages = account.role().isAdministrator() ? List.of() : orgUnits.active();
        orgUnit.setItems(villages);
        orgUnit.setItemLabelGenerator(OrgUnit::getName);
        villages.stream().filter(v -> v.getCode().equals(account.orgUnit())).findFirst().ifPresent(orgUnit::setValue);
        orgUnit.setVisible(role.getValue() == Role.VILLAGE_OFFICER);
        // a grant gives exactly what was asked for: nothing to choose
        role.setReadOnly(roles.size() == 1);
        orgUnit.setReadOnly(roles.size() == 1);
        role.addValueChangeListener(e -> orgUnit.setVisible(e.getValue() == Role.VILLAGE_OFFICER));
        errors.bind("role", role).bind("orgUnit", orgUnit);
        add(new Paragraph(getTranslation(keys + ".intro")), new FormLayout(role, orgUnit));
        Button save = new Button(getTranslation(keys), e -> {
            try {
                OrgUnit village = orgUnit.getValue();
                Optional<String> oneTime = act.apply(role.getValue(), village == null ? null : village.getCode());
                close();
                oneTime.ifPresent(password -> new OneTimePasswordDialog(account.username(), password).open());
                done.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            } catch (AccessDeniedException changedMeanwhile) {
                close();
                AccountActions.error(this, "account.statusChanged");
                done.run();
            }
        });
        save.setId("role-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
