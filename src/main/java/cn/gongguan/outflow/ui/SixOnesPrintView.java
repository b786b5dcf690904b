package cn.gongguan.outflow.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.sixones.FpAssociation;
import cn.gongguan.outflow.sixones.FpAssociations;
import cn.gongguan.outflow.sixones.ManagementContract;
import cn.gongguan.outflow.sixones.ManagementContracts;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * The six ones' printed documents, each a page without the application frame: the contact card of an outflow person
 * (六个一 ②: where they live now, the township's service contact, the village's contact) and the management
 * contract (六个一 ③) with both parties' signature lines.
 */
@Route(value = SixOnesPrintView.ROUTE_BASE + ":what/:id", autoLayout = false)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME,
        Role.GROUP_OFFICER_NAME})
public class SixOnesPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE_BASE = "outflow/print/";

    final Div document = new Div();
    private final transient PersonRegistry registry;
    private final transient OutflowTrips trips;
    private final transient ManagementContracts contracts;
    private final transient FpAssociations associations;
    private final transient ServiceContacts contacts;
    private final transient Divisions divisions;
    private final transient Places places;
    private final String tenantName;
    private String title = "";

    SixOnesPrintView(PersonRegistry registry, OutflowTrips trips, ManagementContracts contracts,
                     FpAssociations associations, ServiceContacts contacts, Divisions divisions, Places places,
                     TenantRegistry tenants) {
        this.registry = registry;
        this.trips = trips;
        this.contracts = contracts;
        this.associations = associations;
        this.contacts = contacts;
        this.divisions = divisions;
        this.places = places;
        this.tenantName = tenants.find(CurrentUser.get().tenant()).map(Tenant::name).orElse("");
        addClassName("gg-print-page");
        Button print = new Button(getTranslation("print.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        print.setId("print");
        print.addClassName("gg-no-print");
        document.addClassName("gg-print");
        document.setId("print-document");
        add(print, document);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String what = event.getRouteParameters().get("what").orElse("");
        Optional<Long> id = event.getRouteParameters().getLong("id");
        document.removeAll();
        boolean shown = switch (what) {
            case "card" -> id.flatMap(registry::find).flatMap(p -> trips.openTrip(p.getId())
                    .map(trip -> card(p, trip))).isPresent();
            case "contract" -> id.flatMap(contracts::find).map(this::contract).isPresent();
            default -> false;
        };
        if (!shown) {
            event.forwardTo("outflow");
        }
    }

    private boolean card(Person person, OutflowTrip trip) {
        title = getTranslation("sixOnes.card.title");
        document.add(new H1(tenantName + " · " + title),
                line("sixOnes.card.holder", person.getName(), getTranslation(person.getSex().labelKey())),
                line("sixOnes.card.destination",
                        divisions.find(trip.getDestination()).map(Division::fullName).orElse(trip.getDestination())
                                + " " + text(trip.getDestinationAddress())),
                line("sixOnes.card.phone", text(trip.getDestinationPhone())),
                new Paragraph(getTranslation("sixOnes.card.intro")));
        Div contact = new Div();
        contact.addClassName("gg-print-contact");
        contact.setId("print-contact");
        contacts.current().ifPresentOrElse(c -> contact.add(line("print.contact.office", c.getOffice()),
                        line("print.contact.phone", c.getPhone()), line("print.contact.address", c.getAddress())),
                () -> contact.add(new Paragraph(getTranslation("print.contact.missing"))));
        associations.ofUnit(person.getOrgUnit()).ifPresent(a -> contact.add(line("sixOnes.card.village",
                a.getName(), a.getChair(), text(a.getPhone()))));
        document.add(contact);
        return true;
    }

    private boolean contract(ManagementContract contract) {
        Person person = registry.find(contract.getPersonId()).orElseThrow();
        FpAssociation association = contract.getAssociation();
        title = getTranslation("sixOnes.contract.document");
        Paragraph obligations = new Paragraph(contract.getObligations());
        obligations.addClassName("gg-print-obligations");
        obligations.setId("print-obligations");
        Div parties = new Div(new Div(line("sixOnes.contract.partyA", association.getName()),
                line("sixOnes.contract.signature"), line("sixOnes.contract.date")),
                new Div(line("sixOnes.contract.partyB", person.getName()),
                        line("sixOnes.contract.signature"), line("sixOnes.contract.date")));
        parties.addClassName("gg-print-parties");
        document.add(new H1(title),
                line("sixOnes.contract.partyA", getTranslation("sixOnes.contract.association", association.getName(),
                        tenantName)),
                line("sixOnes.contract.partyB", getTranslation("sixOnes.contract.person", person.getName(),
                        person.getIdNumber().masked(), places.name(person.getRegistrationPlace()))),
                line("sixOnes.contract.term", contract.getSignedOn().toString(), contract.getTermUntil().toString()),
                obligations, parties);
        return true;
    }

    private Paragraph line(String key, Object... args) {
        return new Paragraph(getTranslation(key, args));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
