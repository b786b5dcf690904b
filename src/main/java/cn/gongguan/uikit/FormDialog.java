package cn.gongguan.uikit;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TextLimit;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * The base of every form that saves a record: fields laid out in one column on a phone and two from about 30rem, a
 * save that hands the input to a service, the service's refusal shown at its field with everything typed kept, a
 * refusal because someone else saved the record meanwhile shown with who and when and a way to reload it, and a
 * {@link SavedEvent} the view listens to.
 *
 * @param <R> what the service returns for a save
 */
public abstract class FormDialog<R> extends Dialog {

    /** Saves what was entered; public so that tests click it like a user. */
    public final Button save = new Button();
    private final FormLayout form = new FormLayout();
    private final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private final FormNotice notice = new FormNotice();
    private Runnable reload;

    protected FormDialog(String saveId) {
        setWidth("min(48rem, 100vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(notice, form);
        save.setText(getTranslation("action.save"));
        save.setId(saveId);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(this::write));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /**
     * Writes what was entered through the service and returns what it saved; an {@link InvalidInputException}
     * keeps the form open as it is.
     */
    protected abstract R write();

    /** Listens to saves; the event carries what the service returned. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Registration addSavedListener(ComponentEventListener<SavedEvent<R>> listener) {
        return addListener(SavedEvent.class, (ComponentEventListener) listener);
    }

    /** How to re-read the record and refill the form with its current values, offered after a stale save. */
    protected void reloadWith(Runnable reload) {
        this.reload = reload;
    }

    /** Adds fields to the layout, each one column wide. */
    protected void addFields(Component... fields) {
        form.add(fields);
    }

    /** Adds a field as wide as the form (a text area, a list of rows). */
    protected void addWide(Component field) {
        form.add(field);
        form.setColspan(field, 2);
    }

    /** A text field limited as its column, refused at the limit's field. */
    protected TextField text(TextLimit limit, String labelKey) {
        return field(limit.field(), TextFields.text(limit, labelKey));
    }

    /** A text area limited as its column, refused at the limit's field. */
    protected TextArea area(TextLimit limit, String labelKey) {
        return field(limit.field(), TextFields.area(limit, labelKey));
    }

    /** Makes a refusal of the named field show at this component. */
    protected <F extends Component & HasValidation> F field(String name, F component) {
        errors.bind(name, component);
        return component;
    }

    /** As {@link #field}, for a field that must be filled in: it shows the required indicator. */
    protected <F extends Component & HasValidation & HasValue<?, ?>> F required(String name, F component) {
        component.setRequiredIndicatorVisible(true);
        return field(name, component);
    }

    /** The refusals' bindings, for rows of fields added while the form is open ({@code lines[2].name}). */
    protected FieldErrors fieldErrors() {
        return errors;
    }

    /** Turns the form into a view of a record that cannot be changed (any more): no save, the cancel closes it. */
    protected void viewOnly() {
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
    }

    /** Clears what an earlier save showed, e.g. when the form is opened again on another record. */
    protected void clearRefusals() {
        errors.clear();
        notice.hide();
    }

    /**
     * Runs a save-like action of the form (the save button's {@link #write}, or another such as a withdrawal): when
     * it goes through the form closes and fires the saved event, when it is refused the form stays as it is.
     */
    protected void save(Supplier<R> action) {
        clearRefusals();
        try {
            R saved = action.get();
            close();
            fireEvent(new SavedEvent<>(this, saved));
        } catch (InvalidInputException refusal) {
            notice.refuse(refusal, errors, reload);
        } catch (RuntimeException other) {
            if (!showRefusal(other)) {
                throw other;
            }
        }
    }

    /**
     * Shows a refusal of the form's own kind (not an {@link InvalidInputException}), e.g. with
     * {@link #showNotice(String, Runnable, String)}; true when it was shown, false to let it pass as an error.
     */
    protected boolean showRefusal(RuntimeException refusal) {
        return false;
    }

    /** Shows a message about the form as a whole above the fields, with an action when one helps. */
    protected void showNotice(String message, Runnable action, String actionKey) {
        notice.show(message, action == null ? null : () -> {
            clearRefusals();
            action.run();
        }, actionKey);
    }
}
