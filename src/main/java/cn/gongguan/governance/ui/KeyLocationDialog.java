package cn.gongguan.governance.ui;

import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.KeyLocationDetails;
import cn.gongguan.governance.KeyLocationLimits;
import cn.gongguan.governance.KeyLocations;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Department;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Adds a key location or edits one; a wrong field shows why and keeps what was entered. */
class KeyLocationDialog extends FormDialog<KeyLocation> {

    final EnumSelect<LocationKind> kind = required("kind", new EnumSelect<>("keyLocation.kind", LocationKind.values()));
    final TextField name = text(KeyLocationLimits.NAME, "keyLocation.name");
    final OrgUnitField orgUnit;
    final TextField address = text(KeyLocationLimits.ADDRESS, "keyLocation.address");
    final EnumSelect<Department> department = field("department",
            new EnumSelect<>("keyLocation.department", Department.values()));
    final TextField contactPerson = text(KeyLocationLimits.CONTACT_PERSON, "keyLocation.contactPerson");
    final TextField contactPhone = text(KeyLocationLimits.CONTACT_PHONE, "keyLocation.contactPhone");
    final TextArea note = area(KeyLocationLimits.NOTE, "keyLocation.note");
    final Button retire = new Button();
    private final transient KeyLocations locations;
    private KeyLocation editing;

    KeyLocationDialog(KeyLocations locations, OrgUnits orgUnits, KeyLocation editing) {
        super("save-key-location");
        this.locations = locations;
        setHeaderTitle(getTranslation(editing == null ? "keyLocation.new" : "keyLocation.edit"));
        orgUnit = required("orgUnit", new OrgUnitField(orgUnits, "keyLocation.orgUnit"));
        kind.setId("key-location-kind");
        name.setId("key-location-name");
        orgUnit.setId("key-location-orgUnit");
        address.setId("key-location-address");
        department.setId("key-location-department");
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("keyLocation.department.none"));
        contactPerson.setId("key-location-contactPerson");
        contactPhone.setId("key-location-contactPhone");
        note.setId("key-location-note");
        addFields(kind, name, orgUnit, address, department, contactPerson, contactPhone);
        addWide(note);
        retire.setText(getTranslation("keyLocation.retire"));
        retire.setId("retire-key-location");
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        retire.addClickListener(e -> confirmRetirement());
        retire.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAsFirst(retire);
        show(editing);
        reloadWith(() -> locations.find(this.editing.getId()).ifPresent(this::show));
    }

    /** Fills the form with the location as saved (or empty for a new one). */
    private void show(KeyLocation location) {
        editing = location;
        retire.setVisible(location != null);
        if (location != null) {
            KeyLocationDetails details = location.details();
            kind.setValue(details.kind());
            name.setValue(details.name());
            orgUnit.setCode(details.orgUnit());
            address.setValue(blankIfNull(details.address()));
            department.setValue(details.department());
            contactPerson.setValue(blankIfNull(details.contactPerson()));
            contactPhone.setValue(blankIfNull(details.contactPhone()));
            note.setValue(blankIfNull(details.note()));
        }
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    @Override
    protected KeyLocation write() {
        KeyLocationDetails details = new KeyLocationDetails(kind.getValue(), name.getValue(), address.getValue(),
                orgUnit.getCode(), department.getValue(), contactPerson.getValue(), contactPhone.getValue(),
                note.getValue());
        return editing == null ? locations.add(details)
                : locations.update(editing.getId(), editing.getVersion(), details);
    }

    /** Asks before a location leaves the lists; operations that named it keep it. */
    private void confirmRetirement() {
        KeyLocation location = editing;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("keyLocation.retire"));
        confirm.setText(getTranslation("keyLocation.retire.confirm", location.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("keyLocation.retire"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> save(() -> {
            locations.retire(location.getId(), location.getVersion());
            Notification.show(getTranslation("keyLocation.retired", location.getName()));
            return location;
        }));
        confirm.open();
    }
}
