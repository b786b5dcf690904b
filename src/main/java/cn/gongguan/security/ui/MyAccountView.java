package cn.gongguan.security.ui;

import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.LoginSteps;
import cn.gongguan.security.Passwords;
import cn.gongguan.security.SecondFactors;
import cn.gongguan.security.audit.AuditEvent;
import cn.gongguan.security.audit.AuditTrail;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * "我的账户": every user's own account — change the password, the second factor's state (enrol or enrol again), the
 * latest logins of this account (time, address, result) and the language.
 */
@Route(MyAccountView.ROUTE)
@PermitAll
public class MyAccountView extends VerticalLayout implements TranslatedTitle {

    public static final String ROUTE = "account";

    final Paragraph secondFactorState = new Paragraph();
    final Button enrol = new Button();
    final Grid<AuditEvent> logins = new Grid<>();
    private final transient SecondFactors secondFactors;

    MyAccountView(Passwords passwords, SecondFactors secondFactors, LoginSteps steps, AuditTrail trail) {
        this.secondFactors = secondFactors;
        addClassName("gg-page");
        GongguanUser user = CurrentUser.get();
        Paragraph who = new Paragraph(user.displayName() + " · " + user.getUsername() + " · "
                + getTranslation(user.role().labelKey()));
        who.setId("account-who");
        Paragraph expiry = new Paragraph();
        expiry.setVisible(false);
        steps.passwordExpiryWarning().ifPresent(day -> {
            expiry.setText(getTranslation("password.expiresOn", day.toString()));
            expiry.setVisible(true);
        });
        PasswordChangeForm password = new PasswordChangeForm(passwords, () -> {
            expiry.setVisible(false);
            Notification.show(getTranslation("password.changed"));
        });

        secondFactorState.setId("second-factor-state");
        enrol.addClickListener(e -> openEnrolment());
        enrol.setId("enrol-second-factor");
        enrol.addThemeVariants(ButtonVariant.LUMO_SMALL);
        showSecondFactor();

        logins.setId("own-logins");
        logins.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.column.at"));
        logins.addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("audit.column.action"));
        logins.addColumn(AuditEvent::remoteAddress).setHeader(getTranslation("audit.column.address"));
        logins.getColumns().forEach(c -> c.setAutoWidth(true));
        logins.setItems(trail.ownLogins(20));
        logins.setAllRowsVisible(true);

        Button language = new Button(getTranslation("language.switchTo"),
                e -> LocalePreference.switchTo(LocalePreference.other(getLocale())));
        language.setId("account-language");
        add(new H2(getTranslation("nav.account")), who,
                new H3(getTranslation("password.title")), expiry, password,
                new H3(getTranslation("secondFactor.title")), secondFactorState, enrol,
                new H3(getTranslation("account.logins")), logins,
                new H3(getTranslation("account.language")), language);
    }

    private void showSecondFactor() {
        SecondFactors.Status status = secondFactors.status();
        secondFactorState.setText(status.enrolled()
                ? getTranslation("secondFactor.state.on", status.unusedRecoveryCodes())
                : getTranslation(status.required() ? "secondFactor.state.required" : "secondFactor.state.off"));
        enrol.setText(getTranslation(status.enrolled() ? "secondFactor.reenrol" : "secondFactor.enrol"));
    }

    private void openEnrolment() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("secondFactor.enrol"));
        dialog.add(new EnrolmentPanel(secondFactors, () -> {
            dialog.close();
            showSecondFactor();
        }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String titleKey() {
        return "nav.account";
    }
}
