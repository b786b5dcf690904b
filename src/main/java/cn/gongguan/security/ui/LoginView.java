package cn.gongguan.security.ui;

import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The login page, in the user's language. A failure says the same whatever its cause (a wrong password, an unknown
 * name, a locked, disabled or pending account): the audit trail tells the administrators which. Only the throttle on
 * one client address says so, since it is about the address, not an account.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    private final LoginForm form = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("gg-login");

        H1 title = new H1(getTranslation("app.name"));
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        Div brand = new Div(title, subtitle);
        brand.addClassName("gg-login-brand");

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n("badCredentials"));

        Button language = new Button(getTranslation("language.switchTo"),
                e -> LocalePreference.switchTo(LocalePreference.other(getLocale())));
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(brand, form, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error") || parameters.containsKey("throttled")) {
            form.setI18n(i18n(parameters.containsKey("throttled") ? "throttled" : "badCredentials"));
            form.setError(true);
        }
    }

    private LoginI18n i18n(String errorReason) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error." + errorReason + ".title"));
        error.setMessage(getTranslation("login.error." + errorReason + ".message"));
        return i18n;
    }

    @Override
    public String titleKey() {
        return "login.title";
    }
}
