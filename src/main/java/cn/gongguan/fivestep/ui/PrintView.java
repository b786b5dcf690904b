package cn.gongguan.fivestep.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * 二送: the printable service card of a person, or the notice to a woman of childbearing age without a
 * marriage-and-childbearing certificate, each with the contact of the tenant's family-planning office. A page of its
 * own, without the application frame, so that the browser prints only the document.
 */
@Route(value = "print/:what/:id", autoLayout = false)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME,
        Role.COMMITTEE_CLERK_NAME})
public class PrintView extends PrintPage implements BeforeEnterObserver {

    private static final int SERVICES = 5;

    private final transient PersonRegistry registry;
    private final transient ServiceContacts contacts;
    private final transient Places places;
    private final String tenantName;
    private final transient Today today;

    PrintView(PersonRegistry registry, ServiceContacts contacts, Places places, TenantRegistry tenants,
              Today today) {
        this.today = today;
        this.registry = registry;
        this.contacts = contacts;
        this.places = places;
        this.tenantName = tenants.find(CurrentUser.get().tenant()).map(Tenant::name).orElse("");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String what = event.getRouteParameters().get("what").orElse("");
        Optional<Person> person = event.getRouteParameters().getLong("id").flatMap(registry::find);
        if (person.isEmpty() || !(what.equals("card") || what.equals("notice"))) {
            event.forwardTo("registry");
            return;
        }
        document.removeAll();
        if (what.equals("card")) {
            card(person.get());
        } else {
            notice(person.get());
        }
        document.add(ContactBlock.of(contacts.current()));
    }

    private void card(Person person) {
        String title = titled(getTranslation("print.card.title"));
        UnorderedList services = new UnorderedList();
        for (int i = 1; i <= SERVICES; i++) {
            services.add(new ListItem(getTranslation("print.card.service" + i)));
        }
        document.add(new H1(tenantName + " · " + title),
                new Paragraph(getTranslation("print.card.holder", person.getName(),
                        getTranslation(person.getSex().labelKey()), places.name(person.getRegistrationPlace()))),
                new Paragraph(getTranslation("print.card.intro")), services);
    }

    private void notice(Person person) {
        document.add(new H1(titled(getTranslation("print.notice.title"))),
                new Paragraph(getTranslation("print.notice.salutation", person.getName())),
                new Paragraph(getTranslation("print.notice.body", places.name(person.getRegistrationPlace()))),
                new Paragraph(getTranslation("print.notice.help")),
                signature());
    }

    private Component signature() {
        Paragraph signature = new Paragraph(tenantName + " · " + today.date());
        signature.addClassName("gg-print-signature");
        return signature;
    }
}
