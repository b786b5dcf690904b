package cn.gongguan.certificate.api.ui;

import cn.gongguan.certificate.api.IssuedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a token's secret once, just created or rotated, for the administrator to copy into the department's system:
 * only its hash is kept, so it cannot be shown again (a lost secret is replaced by rotating the token).
 */
class SecretDialog extends Dialog {

    final TextField secret = new TextField();
    final Button copy = new Button(VaadinIcon.COPY.create());

    SecretDialog(IssuedToken issued) {
        setHeaderTitle(getTranslation("api.token.secret.title", issued.token().name()));
        setWidth("min(40rem, 100vw)");
        secret.setId("api-token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setLabel(getTranslation("api.token.secret"));
        secret.addFocusListener(e -> secret.getElement().executeJs("this.inputElement.select()"));
        copy.setText(getTranslation("api.token.secret.copy"));
        copy.setId("api-token-copy");
        // the browser copies what it shows; a page not served over HTTPS may not offer the clipboard, then the
        // administrator selects the text by hand
        copy.addClickListener(e -> secret.getElement()
                .executeJs("return navigator.clipboard.writeText(this.value)")
                .then(done -> Notification.show(getTranslation("api.token.secret.copied"), 3000,
                        Notification.Position.BOTTOM_START)));
        add(new Paragraph(getTranslation("api.token.secret.intro")), secret, copy,
                new Paragraph(getTranslation("api.token.secret.usage")));
        Button done = new Button(getTranslation("action.close"), e -> close());
        done.setId("api-token-secret-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setCloseOnOutsideClick(false);
    }
}
