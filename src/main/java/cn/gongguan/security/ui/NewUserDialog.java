package cn.gongguan.security.ui;

import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.security.AccountAct;
import cn.gongguan.security.AccountDepartments;
import cn.gongguan.security.AccountLimits;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAccount;
import cn.gongguan.security.UserAdministration;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.context.annotation.Scope;

/**
 * The system administrator's form for a new account: no password (the security administrator's grant gives a one-time
 * one) and the role asked for. A refused field shows its reason and the form keeps everything entered; the
 * administrator's unit is the account's unit, never a choice — or, opened {@link #forUnit for a unit below}, the
 * account is one of that unit's three administrators.
 */
@SpringComponent
@Scope("prototype")
class NewUserDialog extends FormDialog<UserAccount> {

    final TextField username = text(AccountLimits.USERNAME, "users.column.username");
    final TextField displayName = text(AccountLimits.DISPLAY_NAME, "users.column.displayName");
    final EnumSelect<Role> role;
    final OrgUnitField orgUnit;
    final Select<String> department = required("department", new Select<>());
    private final transient UserAdministration administration;
    private Tenant unit;

    NewUserDialog(UserAdministration administration, OrgUnits orgUnits, AccountDepartments departments) {
        super("save-user");
        this.administration = administration;
        setHeaderTitle(getTranslation("users.create"));
        username.setId("new-username");
        // the username's own rule is stricter than its column
        username.setMaxLength(UserAdministration.MAX_USERNAME);
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setId("new-display-name");
        role = required("role", new EnumSelect<>("users.column.role",
                administration.roles(AccountAct.CREATE, CurrentUser.get().tenant())));
        role.setId("new-role");
        orgUnit = required("orgUnit", new OrgUnitField(orgUnits, "users.column.orgUnit"));
        orgUnit.setId("new-org-unit");
        orgUnit.setVisible(false);
        department.setId("new-department");
        department.setLabel(getTranslation("users.column.department"));
        department.setItems(departments.codes());
        department.setItemLabelGenerator(code -> getTranslation("department." + code));
        department.setVisible(false);
        role.addValueChangeListener(e -> {
            orgUnit.setVisible(Role.OFFICERS.contains(e.getValue()));
            // a liaison (部门联络员) or verifier (部门核验员) speaks for a department
            department.setVisible(e.getValue() != null && e.getValue().speaksForDepartment());
            if (e.getValue() != null) {
                orgUnit.offering(e.getValue()::mayBeScopedTo);
            }
        });
        addFields(username, displayName, role, orgUnit, department);
        addWide(new Paragraph(getTranslation("users.create.note")));
    }

    /** Turns the form into appointing one of the three administrators of a unit directly below. */
    NewUserDialog forUnit(Tenant below) {
        this.unit = below;
        setHeaderTitle(getTranslation("units.appointTitle", below.name()));
        role.setItems(administration.roles(AccountAct.CREATE, below.code()));
        return this;
    }

    @Override
    protected UserAccount write() {
        NewUser user = new NewUser(username.getValue(), displayName.getValue(), role.getValue(), orgUnit.getCode(),
                department.getValue());
        return unit == null ? administration.create(user) : administration.appoint(unit.code(), user);
    }
}
