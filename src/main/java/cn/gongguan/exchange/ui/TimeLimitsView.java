package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.TimeLimits;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The county's time limits of verification requests (协查) by urgency, set by its system administrator: a number of days
 * (1 to 365) and whether they are working days on the official calendar or calendar days. A new request is due by the
 * limit in force when it is sent; requests sent before keep their due day. Every change is audited.
 */
@Route("exchange/time-limits")
@RolesAllowed(Role.SYSTEM_ADMIN_NAME)
@Menu(title = "nav.exchangeTimeLimits", order = 31, icon = "vaadin:timer")
public class TimeLimitsView extends VerticalLayout implements TranslatedTitle {

    private final transient TimeLimits timeLimits;

    TimeLimitsView(TimeLimits timeLimits) {
        this.timeLimits = timeLimits;
        addClassName("gg-page");
        add(new H2(getTranslation("nav.exchangeTimeLimits")));
        if (CurrentUser.get().tenant().kind() != TenantKind.COUNTY) {
            add(new Paragraph(getTranslation("exchange.timeLimit.countyOnly")));
            return;
        }
        add(new Paragraph(getTranslation("exchange.timeLimit.intro")));
        for (TimeLimits.Limit limit : timeLimits.limits()) {
            add(form(limit));
        }
    }

    /** One urgency's limit: its days, working or not, who set it when, and a save. */
    private VerticalLayout form(TimeLimits.Limit limit) {
        String id = limit.urgency().name().toLowerCase(java.util.Locale.ROOT);
        IntegerField days = new IntegerField(getTranslation("exchange.timeLimit.days.label"));
        days.setId("limit-days-" + id);
        days.setMin(1);
        days.setMax(TimeLimits.MAX_DAYS);
        days.setStepButtonsVisible(true);
        days.setValue(limit.days());
        Checkbox working = new Checkbox(getTranslation("exchange.timeLimit.working"), limit.workingDays());
        working.setId("limit-working-" + id);
        Paragraph set = new Paragraph(limit.updatedBy() == null ? getTranslation("exchange.timeLimit.default")
                : getTranslation("exchange.timeLimit.setBy", limit.updatedBy(),
                Formats.dateTime(limit.updatedAt(), getLocale())));
        set.addClassName("gg-facts");
        FieldErrors errors = new FieldErrors(this).bind("days", days);
        Button save = new Button(getTranslation("action.save"), e -> {
            errors.clear();
            try {
                timeLimits.set(limit.urgency(), days.getValue(), working.getValue());
                Notification.show(getTranslation("exchange.timeLimit.saved"), 3000, Notification.Position.BOTTOM_START);
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        save.setId("limit-save-" + id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(days, working);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(limit.urgency().labelKey())), form, set, save);
        section.setPadding(false);
        section.addClassName("gg-section");
        return section;
    }

    @Override
    public String titleKey() {
        return "nav.exchangeTimeLimits";
    }
}
