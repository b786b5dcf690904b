package cn.gongguan.groups.ui;

import cn.gongguan.groups.VillageGroups;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnitLimits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Enters a group below a village (its number proposed: one past the highest taken), or renames or deactivates one the
 * township entered. A group the tenant file declares is only shown: the file is where it changes.
 */
class GroupDialog extends FormDialog<OrgUnit> {

    final IntegerField number = required("number", new IntegerField());
    final TextField name = text(OrgUnitLimits.NAME, "orgunit.group.name");
    final Button deactivate = new Button();
    private final transient VillageGroups groups;
    private final OrgUnit village;
    private final OrgUnit editing;

    GroupDialog(VillageGroups groups, OrgUnit village, OrgUnit editing) {
        super("save-group");
        this.groups = groups;
        this.village = village;
        this.editing = editing;
        setHeaderTitle(getTranslation(editing == null ? "orgunit.group.new" : "orgunit.group.edit", village.getName()));
        number.setLabel(getTranslation("orgunit.group.number"));
        number.setId("group-number");
        number.setMin(1);
        number.setMax(999);
        number.setStepButtonsVisible(true);
        name.setId("group-name");
        addFields(number, name);
        deactivate.setText(getTranslation("orgunit.group.deactivate"));
        deactivate.setId("deactivate-group");
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deactivate.addClickListener(e -> confirmDeactivation());
        deactivate.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAsFirst(deactivate);
        if (editing == null) {
            number.setValue(groups.nextNumber(village.getCode()));
            deactivate.setVisible(false);
        } else {
            number.setValue(Integer.parseInt(editing.getCode().substring(village.getCode().length())));
            number.setReadOnly(true);
            name.setValue(editing.getName());
            if (editing.getSource() != OrgUnit.Source.ENTERED) {
                name.setReadOnly(true);
                name.setHelperText(getTranslation("orgunit.group.declared"));
                deactivate.setVisible(false);
                viewOnly();
            }
        }
    }

    @Override
    protected OrgUnit write() {
        if (editing != null) {
            return groups.rename(editing.getCode(), name.getValue());
        }
        return groups.add(village.getCode(), number.getValue() == null ? 0 : number.getValue(), name.getValue());
    }

    /** Asks first: a deactivated group is offered no more, though persons placed in it stay where they are. */
    private void confirmDeactivation() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("orgunit.group.deactivate"));
        confirm.setText(getTranslation("orgunit.group.deactivate.confirm", editing.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("orgunit.group.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> save(() -> {
            OrgUnit group = groups.deactivate(editing.getCode());
            Notification.show(getTranslation("orgunit.group.deactivated", group.getName()));
            return group;
        }));
        confirm.open();
    }
}
