package cn.gongguan.outflow.ui;

import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.OrgUnitField;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of someone leaving who is not in the registry yet (registered with their departure): ID number, name,
 * phone, village and home address, marital status. Each field shows the service's refusal of it.
 */
final class NewcomerFields {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final TextField idNumber = new TextField();
    final TextField name = TextFields.text(PersonLimits.NAME, "person.name");
    final TextField phone = TextFields.text(PersonLimits.PHONE, "person.phone");
    final OrgUnitField orgUnit;
    final TextField address = TextFields.text(PersonLimits.ADDRESS, "outflow.homeAddress");
    final EnumSelect<MaritalStatus> maritalStatus = new EnumSelect<>("person.maritalStatus", MaritalStatus.values());

    NewcomerFields(FieldErrors errors, OrgUnits orgUnits, String idPrefix) {
        orgUnit = new OrgUnitField(orgUnits, "person.orgUnit");
        idNumber.setLabel(idNumber.getTranslation("person.idNumber"));
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        idNumber.setRequiredIndicatorVisible(true);
        idNumber.setId(idPrefix + "-idNumber");
        name.setId(idPrefix + "-name");
        maritalStatus.setRequiredIndicatorVisible(true);
        maritalStatus.setValue(MaritalStatus.MARRIED);
        errors.bind("idNumber", idNumber).bind("name", name).bind("phone", phone).bind("orgUnit", orgUnit)
                .bind("address", address).bind("maritalStatus", maritalStatus);
    }

    Component[] all() {
        return new Component[] {idNumber, name, phone, orgUnit, address, maritalStatus};
    }

    /** The person to be registered, as entered. */
    PersonDetails value() {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setPhone(phone.getValue());
        details.setOrgUnit(orgUnit.getCode());
        details.setAddress(address.getValue());
        details.setMaritalStatus(maritalStatus.getValue());
        return details;
    }

    /** Fills the fields with a person as entered before. */
    void show(PersonDetails person) {
        idNumber.setValue(TripFields.orEmpty(person.getIdNumber()));
        name.setValue(TripFields.orEmpty(person.getName()));
        phone.setValue(TripFields.orEmpty(person.getPhone()));
        orgUnit.setCode(person.getOrgUnit());
        address.setValue(TripFields.orEmpty(person.getAddress()));
        maritalStatus.setValue(person.getMaritalStatus());
    }
}
