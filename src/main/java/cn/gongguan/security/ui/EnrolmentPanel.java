package cn.gongguan.security.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.SecondFactors;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.QrCode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * Enrols a second factor: the QR code (and the secret, for typing in) for an authenticator app, a code from the app
 * to prove it, then the ten recovery codes, shown once, until the user says they are kept.
 */
class EnrolmentPanel extends VerticalLayout {

    final TextField code = new TextField();
    final PasswordField password = new PasswordField();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);

    EnrolmentPanel(SecondFactors secondFactors, Runnable done) {
        setPadding(false);
        SecondFactors.Enrolment enrolment = secondFactors.start();
        Span secret = new Span(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        secret.setId("second-factor-secret");
        secret.addClassName("gg-one-time");
        code.setLabel(getTranslation("secondFactor.code"));
        code.setId("enrol-code");
        code.setMaxLength(SecondFactors.MAX_CODE_LENGTH);
        code.setWidthFull();
        code.getElement().setAttribute("autocomplete", "one-time-code");
        // from a complete login the password is asked too; the enrolment step of a login has just had it
        boolean complete = CurrentUser.find().isPresent();
        password.setLabel(getTranslation("password.current"));
        password.setId("enrol-password");
        password.setVisible(complete);
        errors.bind("code", code).bind("current", password);
        confirm.setText(getTranslation("secondFactor.confirm"));
        confirm.setId("enrol-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            try {
                showRecoveryCodes(secondFactors.confirm(enrolment, code.getValue(),
                        complete ? password.getValue() : null), done);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        add(new Paragraph(getTranslation("secondFactor.enrol.intro")),
                QrCode.image(enrolment.uri(), getTranslation("secondFactor.qr")),
                new Paragraph(getTranslation("secondFactor.enrol.secret")), secret, code, password, confirm);
    }

    private void showRecoveryCodes(List<String> codes, Runnable done) {
        removeAll();
        UnorderedList list = new UnorderedList(codes.stream().map(ListItem::new).toArray(ListItem[]::new));
        list.setId("recovery-codes");
        Div box = new Div(list);
        box.addClassName("gg-recovery-codes");
        Button kept = new Button(getTranslation("secondFactor.recovery.kept"), e -> done.run());
        kept.setId("recovery-kept");
        kept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("secondFactor.enrolled")),
                new Paragraph(getTranslation("secondFactor.recovery.intro")), box, kept);
    }
}
