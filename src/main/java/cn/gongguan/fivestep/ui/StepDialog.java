package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveStepLimits;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * The frame of the dialogs that record a step: a title naming the person, the fields, cancel and save. A refusal is
 * shown at its field and everything entered stays; a save that goes through closes the dialog and fires the saved
 * event the page listens to.
 */
abstract class StepDialog extends FormDialog<Void> {

    final FieldErrors errors = fieldErrors();
    private final transient Today today;

    /** A step dialog whose day fields start at today. */
    StepDialog(String titleKey, String personName, String saveId, Today today) {
        super(saveId);
        this.today = today;
        setHeaderTitle(getTranslation(titleKey) + " · " + personName);
        setWidth("min(34rem, 100vw)");
    }

    /** A step dialog without a day field. */
    StepDialog(String titleKey, String personName, String saveId) {
        this(titleKey, personName, saveId, null);
    }

    /** Hands what was entered to the service; an {@link cn.gongguan.platform.InvalidInputException} keeps the dialog open. */
    abstract void submit();

    @Override
    protected final Void write() {
        submit();
        return null;
    }

    /** A day field that starts at today in the county. */
    DatePicker today(String labelKey, String id) {
        DatePicker day = new DatePicker(getTranslation(labelKey), today.date());
        day.setId(id);
        return day;
    }

    /** A required choice from a list, each shown by its translated label. */
    <E extends Labelled> EnumSelect<E> choice(String labelKey, String id, List<E> items) {
        EnumSelect<E> select = new EnumSelect<>(labelKey, items);
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

    /** A free-text area as wide as the dialog, as long as a step's note may be. */
    TextArea textArea(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(FiveStepLimits.NOTE.maxLength());
        area.setWidthFull();
        area.setMinHeight("7em");
        return area;
    }
}
