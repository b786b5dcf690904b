package cn.gongguan.governance.ui;

import cn.gongguan.governance.FindingPerson;
import cn.gongguan.governance.FindingReferral;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/**
 * A person found at the location: who, as the registry needs them, whether the certificate was seen checked, and the
 * service they were referred to. One column on a phone.
 */
class FindingPersonRow extends Div {

    final TextField idNumber = new TextField();
    final TextField name = TextFields.text(PersonLimits.NAME, "person.name");
    final TextField phone = TextFields.text(PersonLimits.PHONE, "person.phone");
    final TownshipField registrationPlace;
    final EnumSelect<MaritalStatus> maritalStatus = new EnumSelect<>("person.maritalStatus", MaritalStatus.values());
    final Checkbox certificateChecked = new Checkbox();
    final Checkbox referred = new Checkbox();
    final EnumSelect<FindingReferral> referral = new EnumSelect<>("finding.referral", FindingReferral.values());

    FindingPersonRow(Divisions divisions, int number, Consumer<FindingPersonRow> onRemove) {
        addClassName("gg-report-row");
        String id = "finding-person-" + number;
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setMaxLength(18);
        idNumber.setRequiredIndicatorVisible(true);
        idNumber.setId(id + "-idNumber");
        name.setId(id + "-name");
        name.setRequiredIndicatorVisible(true);
        phone.setId(id + "-phone");
        registrationPlace = new TownshipField(divisions, "person.registrationPlace");
        registrationPlace.setRequiredIndicatorVisible(true);
        registrationPlace.setId(id + "-registrationPlace");
        maritalStatus.setId(id + "-maritalStatus");
        maritalStatus.setRequiredIndicatorVisible(true);
        certificateChecked.setLabel(getTranslation("finding.person.certificateChecked"));
        certificateChecked.setId(id + "-certificateChecked");
        referred.setLabel(getTranslation("finding.person.referred"));
        referred.setId(id + "-referred");
        referral.setId(id + "-referral");
        referral.setVisible(false);
        referred.addValueChangeListener(e -> {
            referral.setVisible(e.getValue());
            if (e.getValue() && referral.isEmpty()) {
                referral.setValue(FindingReferral.OTHER);
            }
        });
        FormLayout fields = new FormLayout(idNumber, name, phone, registrationPlace, maritalStatus, certificateChecked,
                referred, referral);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> onRemove.accept(this));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        remove.setAriaLabel(getTranslation("finding.person.remove"));
        remove.setId(id + "-remove");
        add(remove, fields);
    }

    FindingPerson input() {
        Division place = registrationPlace.getValue();
        return new FindingPerson(idNumber.getValue(), name.getValue(), phone.getValue(),
                place == null ? null : place.code(), maritalStatus.getValue(), certificateChecked.getValue(),
                referred.getValue() ? referral.getValue() : null);
    }

    void bind(FieldErrors errors, int index) {
        String at = "persons[" + index + "].";
        errors.bind(at + "idNumber", idNumber).bind(at + "name", name).bind(at + "phone", phone)
                .bind(at + "registrationPlace", registrationPlace).bind(at + "maritalStatus", maritalStatus)
                .bind(at + "referral", referral);
    }
}
