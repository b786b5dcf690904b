package cn.gongguan.housing.ui;

import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Registers a rental house or edits one; a wrong field shows why and keeps what was entered. */
class HouseDialog extends Dialog {

    final ComboBox<OrgUnit> orgUnit = new ComboBox<>();
    final TextField address = new TextField();
    final TextField landlordName = new TextField();
    final TextField landlordIdNumber = new TextField();
    final TextField landlordPhone = new TextField();
    final IntegerField rooms = new IntegerField();
    final Button save = new Button();
    final Button withdraw = new Button();

    HouseDialog(RentalHouses houses, OrgUnits orgUnits, RentalHouse editing, Runnable onSaved) {
        setHeaderTitle(getTranslation(editing == null ? "house.new" : "house.edit"));
        setWidth("min(40rem, 100vw)");
        List<OrgUnit> units = orgUnits.active();
        orgUnit.setLabel(getTranslation("person.orgUnit"));
        orgUnit.setItems(units);
        orgUnit.setItemLabelGenerator(OrgUnit::getName);
        orgUnit.setVisible(!units.isEmpty());
        address.setLabel(getTranslation("house.address"));
        address.setId("house-address");
        landlordName.setLabel(getTranslation("house.landlordName"));
        landlordName.setId("house-landlordName");
        landlordIdNumber.setLabel(getTranslation("house.landlordIdNumber"));
        landlordIdNumber.setId("house-landlordIdNumber");
        landlordPhone.setLabel(getTranslation("house.landlordPhone"));
        rooms.setLabel(getTranslation("house.rooms"));
        rooms.setValue(1);
        rooms.setMin(1);
        rooms.setStepButtonsVisible(true);
        if (editing != null) {
            HouseDetails details = editing.details();
            units.stream().filter(u -> u.getCode().equals(details.orgUnit())).findFirst().ifPresent(orgUnit::setValue);
            address.setValue(details.address());
            landlordName.setValue(details.landlordName());
            landlordIdNumber.setValue(details.landlordIdNumber());
            landlordPhone.setValue(details.landlordPhone() == null ? "" : details.landlordPhone());
            rooms.setValue(details.rooms());
        }
        FieldErrors errors = new FieldErrors(this).bind("orgUnit", orgUnit).bind("address", address)
                .bind("landlordName", landlordName).bind("landlordIdNumber", landlordIdNumber)
                .bind("landlordPhone", landlordPhone).bind("rooms", rooms);
        save.setText(getTranslation("action.save"));
        save.setId("save-house");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            HouseDetails details = new HouseDetails(orgUnit.getValue() == null ? null : orgUnit.getValue().getCode(),
                    address.getValue(), landlordName.getValue(), landlordIdNumber.getValue(), landlordPhone.getValue(),
                    rooms.getValue() == null ? 0 : rooms.getValue());
            try {
                errors.clear();
                if (editing == null) {
                    houses.register(details);
                } else {
                    houses.update(editing.getId(), editing.getVersion(), details);
                }
                close();
                onSaved.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        FormLayout form = new FormLayout(address, orgUnit, landlordName, landlordIdNumber, landlordPhone, rooms);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);
        withdraw.setText(getTranslation("house.withdraw"));
        withdraw.setId("withdraw-house");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.setVisible(editing != null);
        withdraw.addClickListener(e -> confirmWithdrawal(houses, editing, errors, onSaved));
        withdraw.getStyle().set("margin-inline-end", "auto");
        getFooter().add(withdraw, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Asks before a house leaves the lists; its reports and sweeps stay. */
    private void confirmWithdrawal(RentalHouses houses, RentalHouse house, FieldErrors errors, Runnable onSaved) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("house.withdraw"));
        confirm.setText(getTranslation("house.withdraw.confirm", house.getAddress()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("house.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                houses.withdraw(house.getId(), house.getVersion());
                Notification.show(getTranslation("house.withdrawn", house.getAddress()));
                close();
                onSaved.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        confirm.open();
    }
}
