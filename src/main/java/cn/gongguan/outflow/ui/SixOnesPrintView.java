package cn.gongguan.outflow.ui;

import cn.gongguan.exchange.Places;
import cn.gongguan.fivestep.ServiceContacts;
import cn.gongguan.fivestep.ui.ContactBlock;
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
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
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
public class SixOnesPrintView extends PrintPage implements BeforeEnterObserver {

    static final String ROUTE_BASE = "outflow/print/";

    private final transient PersonRegistry registry;
    private final transient OutflowTrips trips;
    private final transient ManagementContracts contracts;
    private final transient FpAssociations associations;
    private final transient ServiceContacts contacts;
    private final transient Divisions divisions;
    private final transient Places places;
    private final String tenantName;

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
        document.add(new H1(tenantName + " · " + titled(getTranslation("sixOnes.card.title"))),
                line("sixOnes.card.holder", person.getName(), getTranslation(person.getSex().labelKey())),
                line("sixOnes.card.destination",
                        TripFields.destinationName(divisions, trip.getDestination(), this)
                                + " " + text(trip.getDestinationAddress())),
                line("sixOnes.card.phone", text(trip.getDestinationPhone())),
                new Paragraph(getTranslation("sixOnes.card.intro")));
        Div contact = ContactBlock.of(contacts.current());
        associations.ofUnit(person.getOrgUnit()).ifPresent(a -> contact.add(line("sixOnes.card.village",
                a.getName(), a.getChair(), text(a.getPhone()))));
        document.add(contact);
        return true;
    }

    private boolean contract(ManagementContract contract) {
        Person person = registry.find(contract.getPersonId()).orElseThrow();
        FpAssociation association = contract.getAssociation();
        Paragraph obligations = new Paragraph(contract.getObligations());
        obligations.addClassName("gg-print-obligations");
        obligations.setId("print-obligations");
        Div parties = new Div(new Div(line("sixOnes.contract.partyA", association.getName()),
                line("sixOnes.contract.signature"), line("sixOnes.contract.date")),
                new Div(line("sixOnes.contract.partyB", person.getName()),
                        line("sixOnes.contract.signature"), line("sixOnes.contract.date")));
        parties.addClassName("gg-print-parties");
        document.add(new H1(titled(getTranslation("sixOnes.contract.document"))),
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
}
