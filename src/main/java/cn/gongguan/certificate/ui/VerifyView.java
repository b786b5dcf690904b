package cn.gongguan.certificate.ui;

import cn.gongguan.certificate.CertificateAnswer;
import cn.gongguan.certificate.CertificateVerification;
import cn.gongguan.certificate.Inquirer;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * A department verifier's one page (办证环节把关): an ID number in, the certificate's state and expiry day out —
 * nothing else about the person. The number field takes a card reader's or scanner's input (the 18 characters and
 * Enter) and is selected again for the next one.
 */
@Route("verify")
@RolesAllowed(Role.VERIFIER_NAME)
@Menu(title = "nav.verify", order = 1, icon = "vaadin:diploma-scroll")
public class VerifyView extends VerticalLayout implements TranslatedTitle {

    private final CertificateVerification verification;
    private final TextField idNumber = new TextField();
    private final FieldErrors errors = new FieldErrors(this);
    private final Div answer = new Div();

    VerifyView(CertificateVerification verification) {
        this.verification = verification;
        GongguanUser user = CurrentUser.get();
        addClassName("gg-page");
        idNumber.setId("verify-id-number");
        idNumber.setLabel(getTranslation("certificate.verify.idNumber"));
        idNumber.setMaxLength(20);
        idNumber.setAutofocus(true);
        idNumber.setClearButtonVisible(true);
        idNumber.setWidth("min(22rem, 100%)");
        errors.bind(IdNumber.FIELD, idNumber);
        Button ask = new Button(getTranslation("certificate.verify.ask"), e -> ask(user));
        ask.setId("verify-ask");
        ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ask.addClickShortcut(Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(idNumber, ask);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        answer.setId("verify-answer");
        answer.addClassName("gg-verify-answer");
        Paragraph intro = new Paragraph(getTranslation("certificate.verify.intro",
                getTranslation(department(user).labelKey())));
        intro.addClassName("gg-muted");
        add(new H2(getTranslation("certificate.verify.title")), intro, form, answer);
    }

    private void ask(GongguanUser user) {
        errors.clear();
        answer.removeAll();
        try {
            CertificateAnswer found = verification.verify(idNumber.getValue(),
                    new Inquirer(department(user), user.getUsername(), Inquirer.Channel.PAGE));
            show(found);
            idNumber.focus();
            idNumber.getElement().executeJs("this.inputElement.select()");
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        }
    }

    private void show(CertificateAnswer found) {
        Span state = new Span(getTranslation(found.state().labelKey()));
        state.setId("verify-state");
        state.addClassNames("gg-verify-state", "gg-verify-" + found.state().name().toLowerCase());
        Span until = new Span(found.validUntil() == null
                ? getTranslation("certificate.verify.none")
                : getTranslation("certificate.verify.validUntil", Formats.date(found.validUntil())));
        until.setId("verify-valid-until");
        answer.add(state, until);
    }

    private static Department department(GongguanUser user) {
        return user.department() == null ? Department.OTHER : Department.valueOf(user.department());
    }

    @Override
    public String titleKey() {
        return "nav.verify";
    }
}
