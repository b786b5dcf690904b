package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveStepLimits;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.FormNotice;
import cn.gongguan.uikit.TextFields;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The contact of the family-planning office that service cards and notices print. */
@Route("service-contact")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.COMMITTEE_CLERK_NAME})
@Menu(title = "nav.serviceContact", order = 20, icon = "vaadin:phone")
public class ServiceContactView extends VerticalLayout implements TranslatedTitle {

    final TextField office = TextFields.text(FiveStepLimits.OFFICE, "contact.office");
    final TextField phone = TextFields.text(FiveStepLimits.CONTACT_PHONE, "contact.phone");
    final TextField address = TextFields.text(FiveStepLimits.CONTACT_ADDRESS, "contact.address");
    final TextField hours = TextFields.text(FiveStepLimits.HOURS, "contact.hours");
    final Button save = new Button();
    /** The version of the contact the form shows: -1 while there is none. */
    private long version = -1;
    private final transient ServiceContacts contacts;

    ServiceContactView(ServiceContacts contacts) {
        this.contacts = contacts;
        addClassName("gg-page");
        FieldErrors errors = new FieldErrors(this).bind("office", office).bind("phone", phone)
                .bind("address", address).bind("hours", hours);
        FormNotice notice = new FormNotice();
        show();
        save.setText(getTranslation("action.save"));
        save.setId("save-contact");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                errors.clear();
                notice.hide();
                version = contacts.save(version, office.getValue(), phone.getValue(), address.getValue(),
                        hours.getValue()).getVersion();
                Notification.show(getTranslation("contact.saved"));
            } catch (InvalidInputException refusal) {
                notice.refuse(refusal, errors, this::show);
            }
        });
        FormLayout form = new FormLayout(office, phone, address, hours);
        form.setMaxWidth("48rem");
        add(new H2(getTranslation("nav.serviceContact")), new Paragraph(getTranslation("contact.intro")), notice, form,
                save);
    }

    /** Fills the form with the contact as stored now, and remembers its version for the next save. */
    private void show() {
        contacts.current().ifPresent(c -> {
            version = c.getVersion();
            office.setValue(c.getOffice());
            phone.setValue(c.getPhone());
            address.setValue(c.getAddress());
            hours.setValue(c.getHours() == null ? "" : c.getHours());
        });
    }

    @Override
    public String titleKey() {
        return "nav.serviceContact";
    }
}
