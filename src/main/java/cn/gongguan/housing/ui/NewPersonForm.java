package cn.gongguan.housing.ui;

import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a landlord's report or a sweep gives of a person who may not be registered yet: ID number, name, marital
 * status, household-registration place, and whether the marriage-and-childbearing certificate was checked. The
 * marital status has no default: a guess would put a married woman outside her key group.
 */
class NewPersonForm extends FormLayout {

    final TextField idNumber = new TextField();
    final TextField name = TextFields.text(PersonLimits.NAME, "person.name");
    final EnumSelect<MaritalStatus> maritalStatus = new EnumSelect<>("person.maritalStatus", MaritalStatus.values());
    final TownshipField registrationPlace;
    final Checkbox certificateChecked = new Checkbox();

    /** The fields get the ids {@code idPrefix-idNumber}, {@code idPrefix-name} and so on. */
    NewPersonForm(Divisions divisions, String idPrefix) {
        registrationPlace = new TownshipField(divisions, "person.registrationPlace");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId(idPrefix + "-idNumber");
        name.setId(idPrefix + "-name");
        maritalStatus.setRequiredIndicatorVisible(true);
        maritalStatus.setId(idPrefix + "-maritalStatus");
        registrationPlace.setId(idPrefix + "-registrationPlace");
        certificateChecked.setLabel(getTranslation("report.certificateChecked"));
        certificateChecked.setId(idPrefix + "-certificate");
        add(idNumber, name, maritalStatus, registrationPlace, certificateChecked);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30rem", 2));
    }

    /** The person as entered, for the registry to find or register. */
    PersonDetails details() {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setMaritalStatus(maritalStatus.getValue());
        details.setRegistrationPlace(registrationPlace.getValue() == null ? null : registrationPlace.getValue().code());
        return details;
    }

    /** Binds the refusals of the fields named {@code at + field} (such as {@code lines[2].name}) to the fields. */
    void bind(FieldErrors errors, String at) {
        errors.bind(at + "idNumber", idNumber).bind(at + "name", name).bind(at + "maritalStatus", maritalStatus)
                .bind(at + "registrationPlace", registrationPlace);
    }
}
