package cn.gongguan.governance.ui;

import cn.gongguan.governance.FindingHouse;
import cn.gongguan.housing.HousingLimits;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** A rental house found let without being registered: it enters the housing register as typed. */
class FindingHouseRow extends Div {

    final TextField address = TextFields.text(HousingLimits.ADDRESS, "house.address");
    final TextField landlordName = TextFields.text(HousingLimits.LANDLORD_NAME, "house.landlordName");
    final TextField landlordIdNumber = new TextField();
    final TextField landlordPhone = TextFields.text(HousingLimits.LANDLORD_PHONE, "house.landlordPhone");
    final IntegerField rooms = new IntegerField();

    FindingHouseRow(int number, Consumer<FindingHouseRow> onRemove) {
        addClassName("gg-report-row");
        String id = "finding-house-" + number;
        address.setId(id + "-address");
        address.setRequiredIndicatorVisible(true);
        landlordName.setId(id + "-landlordName");
        landlordName.setRequiredIndicatorVisible(true);
        landlordIdNumber.setLabel(getTranslation("house.landlordIdNumber"));
        landlordIdNumber.setMaxLength(18);
        landlordIdNumber.setRequiredIndicatorVisible(true);
        landlordIdNumber.setId(id + "-landlordIdNumber");
        landlordPhone.setId(id + "-landlordPhone");
        rooms.setLabel(getTranslation("house.rooms"));
        rooms.setMin(1);
        rooms.setValue(1);
        rooms.setStepButtonsVisible(true);
        rooms.setId(id + "-rooms");
        FormLayout fields = new FormLayout(address, landlordName, landlordIdNumber, landlordPhone, rooms);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        remove.setAriaLabel(getTranslation("finding.house.remove"));
        remove.setId(id + "-remove");
        add(remove, fields);
    }

    FindingHouse input() {
        return new FindingHouse(address.getValue(), landlordName.getValue(), landlordIdNumber.getValue(),
                landlordPhone.getValue(), rooms.getValue() == null ? 0 : rooms.getValue());
    }

    void bind(FieldErrors errors, int index) {
        String at = "houses[" + index + "].";
        errors.bind(at + "address", address).bind(at + "landlordName", landlordName)
                .bind(at + "landlordIdNumber", landlordIdNumber).bind(at + "landlordPhone", landlordPhone)
                .bind(at + "rooms", rooms);
    }
}
