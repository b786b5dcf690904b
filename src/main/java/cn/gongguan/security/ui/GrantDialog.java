package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.security.AccountAct;
import cn.gongguan.security.Role;
import cn.gongguan.security.SecurityAdministration;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;

/**
 * The security administrator grants an account its role: the role asked for by the system administrator, or another
 * the matrix lets them grant. A pending account becomes active; one that never had a password gets a one-time password,
 * shown once.
 */
class GrantDialog extends Dialog {

    final Select<Role> role = new Select<>();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    private final FieldErrors errors = new FieldErrors(this);

    GrantDialog(UserAccount account, SecurityAdministration security, UserAdministration administration,
                OrgUnits orgUnits, Runnable granted) {
        setHeaderTitle(getTranslation("accounts.grant.title", account.username(), account.displayName()));
        role.setLabel(getTranslation("users.column.role"));
        role.setId("grant-role");
        role.setItems(administration.roles(AccountAct.GRANT, account.tenant()));
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setValue(account.role());
        orgUnit.setLabel(getTranslation("users.column.orgUnit"));
        orgUnit.setId("grant-org-unit");
        // the villages of the administrator's own unit, where business accounts are granted (administrators need none)
        List<OrgUnit> villages = account.role().isAdministrator() ? List.of() : orgUnits.active();
        orgUnit.setItems(villages);
        orgUnit.setItemLabelGenerator(OrgUnit::getName);
        villages.stream().filter(v -> v.getCode().equals(account.orgUnit())).findFirst().ifPresent(orgUnit::setValue);
        orgUnit.setVisible(account.role() == Role.VILLAGE_OFFICER);
        role.addValueChangeListener(e -> orgUnit.setVisible(e.getValue() == Role.VILLAGE_OFFICER));
        errors.bind("role", role).bind("orgUnit", orgUnit);
        add(new Paragraph(getTranslation(account.active() ? "accounts.grant.change" : "accounts.grant.activate")),
                new FormLayout(role, orgUnit));
        Button grant = new Button(getTranslation("accounts.grant"), e -> {
            try {
                OrgUnit village = orgUnit.getValue();
                Optional<String> oneTime = security.grant(account, role.getValue(),
                        village == null ? null : village.getCode());
                close();
                oneTime.ifPresent(password -> new OneTimePasswordDialog(account.username(), password).open());
                granted.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        grant.setId("grant-save");
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), grant);
    }
}
