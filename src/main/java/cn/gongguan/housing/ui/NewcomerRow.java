package cn.gongguan.housing.ui;

import cn.gongguan.housing.LineInput;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.ui.RegistrationPlaceField;
import cn.gongguan.ui.kit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;

/** A newcomer moving into the house, entered as the landlord reports them: ID number, name, where from, since when. */
class NewcomerRow extends Div {

    final TextField idNumber = new TextField();
    final TextField name = new TextField();
    final RegistrationPlaceField registrationPlace;
    final DatePicker movedIn = new DatePicker();
    final Checkbox certificateChecked = new Checkbox();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    NewcomerRow(Divisions divisions, LocalDate defaultDay, int number, Consumer<NewcomerRow> onRemove) {
        addClassName("gg-report-row");
        registrationPlace = new RegistrationPlaceField(divisions);
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId("newcomer-" + number + "-idNumber");
        name.setLabel(getTranslation("person.name"));
        name.setId("newcomer-" + number + "-name");
        registrationPlace.setId("newcomer-" + number + "-registrationPlace");
        movedIn.setLabel(getTranslation("report.movedIn"));
        movedIn.setValue(defaultDay);
        movedIn.setId("newcomer-" + number + "-movedIn");
        certificateChecked.setLabel(getTranslation("report.certificateChecked"));
        certificateChecked.setId("newcomer-" + number + "-certificate");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("report.removeNewcomer"));
        remove.addClickListener(e -> onRemove.accept(this));
        FormLayout form = new FormLayout(idNumber, name, registrationPlace, movedIn, certificateChecked);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(remove, form);
    }

    LineInput input() {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setRegistrationPlace(registrationPlace.getValue() == null ? null : registrationPlace.getValue().code());
        return LineInput.newcomer(details, movedIn.getValue(), certificateChecked.getValue());
    }

    void bind(FieldErrors errors, int line) {
        String at = "lines[" + line + "].";
        errors.bind(at + "idNumber", idNumber).bind(at + "person", idNumber).bind(at + "name", name)
                .bind(at + "registrationPlace", registrationPlace).bind(at + "movedOn", movedIn)
                .bind(at + "arrivalDate", movedIn);
    }
}
