package cn.gongguan.housing.ui;

import cn.gongguan.housing.LineInput;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.function.Consumer;

/** A newcomer moving into the house, entered as the landlord reports them: who they are, where from, since when. */
class NewcomerRow extends Div {

    final NewPersonForm person;
    final DatePicker movedIn = new DatePicker();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    NewcomerRow(Divisions divisions, LocalDate defaultDay, int number, Consumer<NewcomerRow> onRemove) {
        addClassName("gg-report-row");
        person = new NewPersonForm(divisions, "newcomer-" + number);
        movedIn.setLabel(getTranslation("report.movedIn"));
        movedIn.setValue(defaultDay);
        movedIn.setId("newcomer-" + number + "-movedIn");
        person.addComponentAtIndex(person.indexOf(person.certificateChecked), movedIn);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("report.removeNewcomer"));
        remove.addClickListener(e -> onRemove.accept(this));
        add(remove, person);
    }

    LineInput input() {
        return LineInput.newcomer(person.details(), movedIn.getValue(), person.certificateChecked.getValue());
    }

    void bind(FieldErrors errors, int line) {
        String at = "lines[" + line + "].";
        person.bind(errors, at);
        errors.bind(at + "person", person.idNumber).bind(at + "movedOn", movedIn).bind(at + "arrivalDate", movedIn);
    }
}
