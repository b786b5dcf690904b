package cn.gongguan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a one-time password once, to the security administrator who hands it to its user; it is not kept anywhere
 * in clear and cannot be shown again.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("accounts.oneTime.title", username));
        Span shown = new Span(password);
        shown.setId("one-time-password");
        shown.addClassName("gg-one-time");
        add(new Paragraph(getTranslation("accounts.oneTime.intro")), shown,
                new Paragraph(getTranslation("accounts.oneTime.note")));
        Button done = new Button(getTranslation("action.close"), e -> close());
        done.setId("one-time-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
