package cn.gongguan.security.ui;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.LoginStep;
import cn.gongguan.security.LoginSteps;
import cn.gongguan.security.Passwords;
import cn.gongguan.security.PendingLogin;
import cn.gongguan.security.SecondFactors;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The page of a login with steps left after the right password ({@link LoginStep}): the second factor's code, a new
 * password, or the enrolment of a second factor. Nothing else opens until they are done; each step done reloads the
 * page, which shows the next or, at the end, the home page.
 */
@Route(value = LoginStepView.ROUTE, autoLayout = false)
@PermitAll
public class LoginStepView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    static final String ROUTE = "login/step";

    private final transient LoginSteps steps;
    private final transient Passwords passwords;
    private final transient SecondFactors secondFactors;
    private final transient AuthenticationContext authentication;
    final Div body = new Div();

    LoginStepView(LoginSteps steps, Passwords passwords, SecondFactors secondFactors,
                  AuthenticationContext authentication) {
        this.steps = steps;
        this.passwords = passwords;
        this.secondFactors = secondFactors;
        this.authentication = authentication;
        addClassName("gg-login");
        setMinHeight("100vh");
        setAlignItems(Alignment.CENTER);
        body.addClassName("gg-login-step");
        Button logout = new Button(getTranslation("logout"), e -> this.authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("app.name")), body, logout);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<PendingLogin> pending = CurrentUser.pending();
        if (pending.isEmpty()) {
            event.forwardTo("");
            return;
        }
        body.removeAll();
        switch (pending.get().next()) {
            case SECOND_FACTOR -> codeStep();
            case CHANGE_PASSWORD -> body.add(new H2(getTranslation("loginStep.password.title")),
                    new Paragraph(getTranslation("loginStep.password.intro")),
                    new PasswordChangeForm(passwords, this::next));
            case ENROL_SECOND_FACTOR -> body.add(new H2(getTranslation("loginStep.enrol.title")),
                    new EnrolmentPanel(secondFactors, () -> {
                        steps.enrolled();
                        next();
                    }));
        }
    }

    private void codeStep() {
        TextField code = new TextField(getTranslation("secondFactor.code"));
        code.setId("login-code");
        code.setMaxLength(SecondFactors.MAX_CODE_LENGTH);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText(getTranslation("loginStep.code.help"));
        code.setWidthFull();
        code.focus();
        Button verify = new Button(getTranslation("loginStep.code.verify"), e -> {
            if (steps.enterCode(code.getValue())) {
                next();
            } else {
                code.setErrorMessage(getTranslation("secondFactor.codeWrong"));
                code.setInvalid(true);
                code.clear();
            }
        });
        verify.setId("login-code-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        body.add(new H2(getTranslation("loginStep.code.title")), new Paragraph(getTranslation("loginStep.code.intro")),
                code, verify);
    }

    /** Reloads: the next step, or the home page once the login is complete. */
    private void next() {
        getUI().ifPresent(ui -> ui.getPage().setLocation(CurrentUser.pending().isPresent() ? ROUTE : "."));
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
