package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.AccountAct;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.context.annotation.Scope;

/**
 * The system administrator's form for a new account: no password (the security administrator's grant gives a one-time
 * one) and the role asked for. A refused field shows its reason and the form keeps everything entered; the
 * administrator's unit is the account's unit, never a choice — or, opened {@link #forUnit for a unit below}, the
 * account is one of that unit's three administrators.
 */
@SpringComponent
@Scope("prototype")
class NewUserDialog extends Dialog {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    private final List<Consumer<UserAccount>> createdListeners = new ArrayList<>();
    private final transient UserAdministration administration;
    private final FieldErrors errors = new FieldErrors(this);
    private Tenant unit;

    NewUserDialog(UserAdministration administration, OrgUnits orgUnits) {
        this.administration = administration;
        setHeaderTitle(getTranslation("users.create"));
        username.setLabel(getTranslation("users.column.username"));
        username.setId("new-username");
        username.setMaxLength(UserAdministration.MAX_USERNAME);
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setLabel(getTranslation("users.column.displayName"));
        displayName.setId("new-display-name");
        displayName.setMaxLength(UserAdministration.MAX_DISPLAY_NAME);
        role.setLabel(getTranslation("users.column.role"));
        role.setId("new-role");
        role.setItems(administration.roles(AccountAct.CREATE, CurrentUser.get().tenant()));
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        orgUnit.setLabel(getTranslation("users.column.orgUnit"));
        orgUnit.setId("new-org-unit");
        orgUnit.setItems(orgUnits.active());
        orgUnit.setItemLabelGenerator(OrgUnit::getName);
        orgUnit.setVisible(false);
        role.addValueChangeListener(e -> orgUnit.setVisible(e.getValue() == Role.VILLAGE_OFFICER));
        errors.bind("username", username).bind("displayName", displayName).bind("role", role)
                .bind("orgUnit", orgUnit);

        FormLayout form = new FormLayout(username, displayName, role, orgUnit);
        add(form, new Paragraph(getTranslation("users.create.note")));
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    /** Turns the form into appointing one of the three administrators of a unit directly below. */
    NewUserDialog forUnit(Tenant below) {
        this.unit = below;
        setHeaderTitle(getTranslation("units.appointTitle", below.name()));
        role.setItems(administration.roles(AccountAct.CREATE, below.code()));
        return this;
    }

    Registration addCreatedListener(Consumer<UserAccount> listener) {
        createdListeners.add(listener);
        return () -> createdListeners.remove(listener);
    }

    private void save() {
        try {
            OrgUnit village = orgUnit.getValue();
            NewUser user = new NewUser(username.getValue(), displayName.getValue(), role.getValue(),
                    village == null ? null : village.getCode());
            UserAccount created = unit == null ? administration.create(user) : administration.appoint(unit.code(), user);
            close();
            createdListeners.forEach(l -> l.accept(created));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        }
    }
}
