package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.registry.Person;
import cn.gongguan.ui.kit.FieldErrors;
import cn.gongguan.ui.kit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** Records the visit of one person; a refused field shows why and keeps what was written. */
class VisitDialog extends Dialog {

    final DatePicker visitedOn = new DatePicker();
    final TextArea collected = new TextArea();
    final Button save = new Button();

    VisitDialog(FiveSteps fiveSteps, Person person, Runnable onRecorded) {
        setHeaderTitle(getTranslation("step.visit.record") + " · " + person.getName());
        setWidth("min(32rem, 100vw)");
        visitedOn.setLabel(getTranslation("step.doneOn"));
        visitedOn.setValue(LocalDate.now(Formats.ZONE));
        visitedOn.setId("visit-date");
        collected.setLabel(getTranslation("step.visit.note"));
        collected.setId("visit-note");
        collected.setWidthFull();
        collected.setMinHeight("8em");
        FieldErrors errors = new FieldErrors(this).bind("doneOn", visitedOn).bind("note", collected);
        save.setText(getTranslation("action.save"));
        save.setId("save-visit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                fiveSteps.recordVisit(person.getId(), visitedOn.getValue(), collected.getValue());
                close();
                onRecorded.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        add(visitedOn, collected);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
