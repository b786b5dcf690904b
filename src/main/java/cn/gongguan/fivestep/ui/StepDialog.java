package cn.gongguan.fivestep.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;

/**
 * The frame of the dialogs that record a step: a title, the fields, cancel and save. A refusal is shown at its field
 * and everything entered stays; a save that goes through closes the dialog and tells the page to re-read.
 */
abstract class StepDialog extends Dialog {

    final Button save = new Button();
    final FieldErrors errors = new FieldErrors(this);

    StepDialog(String titleKey, String personName, String saveId, Runnable onDone) {
        setHeaderTitle(getTranslation(titleKey) + " · " + personName);
        setWidth("min(34rem, 100vw)");
        save.setText(getTranslation("action.save"));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                submit();
                close();
                onDone.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Hands what was entered to the service; an {@link InvalidInputException} keeps the dialog open. */
    abstract void submit();

    /** A day field that starts at today. */
    DatePicker today(String labelKey, String id) {
        DatePicker day = new DatePicker(getTranslation(labelKey), LocalDate.now(Formats.ZONE));
        day.setId(id);
        return day;
    }

    /** A required choice from a list, each shown by its translated label. */
    <E extends Labelled> Select<E> choice(String labelKey, String id, List<E> items) {
        Select<E> select = new Select<>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(items);
        select.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        select.setRequiredIndicatorVisible(true);
        select.setId(id);
        return select;
    }

    /** A note kept sealed: the field says so, and who will be able to read it. */
    TextArea sealedNote(String labelKey, String id) {
        TextArea note = textArea(labelKey, id);
        note.setHelperText(getTranslation("sealedNote.helper"));
        return note;
    }

    TextArea textArea(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMinHeight("7em");
        return area;
    }
}
