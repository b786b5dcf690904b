package cn.gongguan.housing.ui;

import cn.gongguan.housing.HouseDetails;
import cn.gongguan.housing.HousingLimits;
import cn.gongguan.housing.RentalHouse;
import cn.gongguan.housing.RentalHouses;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/** Registers a rental house or edits one; a wrong field shows why and keeps what was entered. */
class HouseDialog extends FormDialog<RentalHouse> {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final OrgUnitField orgUnit;
    final TextField address = text(HousingLimits.ADDRESS, "house.address");
    final TextField landlordName = text(HousingLimits.LANDLORD_NAME, "house.landlordName");
    final TextField landlordIdNumber = required("landlordIdNumber", new TextField());
    final TextField landlordPhone = text(HousingLimits.LANDLORD_PHONE, "house.landlordPhone");
    final IntegerField rooms = required("rooms", new IntegerField());
    final Button withdraw = new Button();
    private final transient RentalHouses houses;
    private RentalHouse editing;

    HouseDialog(RentalHouses houses, OrgUnits orgUnits, RentalHouse editing) {
        super("save-house");
        this.houses = houses;
        setHeaderTitle(getTranslation(editing == null ? "house.new" : "house.edit"));
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "person.orgUnit"));
        address.setId("house-address");
        landlordName.setId("house-landlordName");
        landlordIdNumber.setLabel(getTranslation("house.landlordIdNumber"));
        landlordIdNumber.setId("house-landlordIdNumber");
        landlordIdNumber.setMaxLength(ID_NUMBER_LENGTH);
        rooms.setLabel(getTranslation("house.rooms"));
        rooms.setValue(1);
        rooms.setMin(1);
        rooms.setStepButtonsVisible(true);
        addFields(address, orgUnit, landlordName, landlordIdNumber, landlordPhone, rooms);
        withdraw.setText(getTranslation("house.withdraw"));
        withdraw.setId("withdraw-house");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> confirmWithdrawal());
        withdraw.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAsFirst(withdraw);
        show(editing);
        reloadWith(() -> houses.find(this.editing.getId()).ifPresent(this::show));
    }

    /** Fills the form with the house as saved (or empty for a new one). */
    private void show(RentalHouse house) {
        editing = house;
        withdraw.setVisible(house != null);
        if (house != null) {
            HouseDetails details = house.details();
            orgUnit.setCode(details.orgUnit());
            address.setValue(details.address());
            landlordName.setValue(details.landlordName());
            landlordIdNumber.setValue(details.landlordIdNumber());
            landlordPhone.setValue(details.landlordPhone() == null ? "" : details.landlordPhone());
            rooms.setValue(details.rooms());
        }
    }

    @Override
    protected RentalHouse write() {
        HouseDetails details = new HouseDetails(orgUnit.getCode(), address.getValue(), landlordName.getValue(),
                landlordIdNumber.getValue(), landlordPhone.getValue(), rooms.getValue() == null ? 0 : rooms.getValue());
        return editing == null ? houses.register(details) : houses.update(editing.getId(), editing.getVersion(), details);
    }

    /** Asks before a house leaves the lists; its reports and sweeps stay. */
    private void confirmWithdrawal() {
        RentalHouse house = editing;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("house.withdraw"));
        confirm.setText(getTranslation("house.withdraw.confirm", house.getAddress()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("house.withdraw"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> save(() -> {
            houses.withdraw(house.getId(), house.getVersion());
            Notification.show(getTranslation("house.withdrawn", house.getAddress()));
            return house;
        }));
        confirm.open();
    }
}
