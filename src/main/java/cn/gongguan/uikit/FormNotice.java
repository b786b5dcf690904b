package cn.gongguan.uikit;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/**
 * The message above a form about the form as a whole: a refusal that names no field of the form, or a save refused
 * because someone else saved the record meanwhile — with who and when, and a button that reloads the record. Used by
 * {@link FormDialog} and by views that save a record in place, so that both tell a stale save alike.
 */
public final class FormNotice extends Div {

    public FormNotice() {
        addClassName("gg-form-problem");
        setId("form-notice");
        setVisible(false);
    }

    /**
     * Shows a save's refusal: someone else's save meanwhile here with the {@code reload} (when there is one), a refusal
     * of a field the form binds at that field, any other here. Everything typed stays as it was.
     */
    public void refuse(InvalidInputException refusal, FieldErrors errors, Runnable reload) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        if (refusal instanceof StaleEditException) {
            show(message, reload == null ? null : () -> {
                errors.clear();
                reload.run();
            }, "form.reload");
        } else if (errors.binds(refusal.field())) {
            errors.show(refusal);
        } else {
            show(message, null, null);
        }
    }

    /** Shows a message, with a button labelled {@code actionKey} that hides it and runs the action when one helps. */
    public void show(String message, Runnable action, String actionKey) {
        removeAll();
        add(new Div(message));
        if (action != null) {
            Button button = new Button(getTranslation(actionKey), e -> {
                hide();
                action.run();
            });
            button.setId("form-notice-action");
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(button);
        }
        setVisible(true);
    }

    public void hide() {
        removeAll();
        setVisible(false);
    }
}
