package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonSection;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * A person's trips away on their page (外出登记、返回注销): each trip with where to and how it was declared, and the
 * actions that declare a departure, correct a trip or cancel it on return. Shown for the persons whose household is
 * registered in this township.
 */
@org.springframework.stereotype.Component
@Order(10)
class OutflowSection implements PersonSection {

    private final OutflowTrips trips;
    private final Divisions divisions;
    private final OrgUnits orgUnits;
    private final Today today;

    OutflowSection(OutflowTrips trips, Divisions divisions, OrgUnits orgUnits, Today today) {
        this.trips = trips;
        this.divisions = divisions;
        this.orgUnits = orgUnits;
        this.today = today;
    }

    @Override
    public Optional<Component> create(Person person, Runnable changed) {
        if (!TenantContext.current().value().equals(person.getRegistrationPlace())) {
            return Optional.empty();
        }
        List<OutflowTrip> all = trips.of(person.getId());
        Div section = new Div();
        section.setId("outflow-trips");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("outflow.trips")));
        if (all.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("outflow.noTrips")));
        }
        all.forEach(trip -> section.add(row(person, trip, changed)));
        if (OutflowTrips.mayRecord() && all.stream().noneMatch(OutflowTrip::isOpen)) {
            section.add(button(section.getTranslation("outflow.depart"), "declare-departure", true,
                    () -> open(new DepartureDialog(trips, divisions, orgUnits, today, person), changed)));
        }
        return Optional.of(section);
    }

    private Component row(Person person, OutflowTrip trip, Runnable changed) {
        Span where = new Span();
        where.setText(trip.getDepartureDay() + " → " + TripFields.destinationName(divisions, trip.getDestination(), where)
                + (trip.getDestinationAddress() == null ? "" : " " + trip.getDestinationAddress()));
        Span declared = new Span(where.getTranslation("outflow.declaredByOn", trip.getDeclaredBy(),
                trip.getDeclaredOn().toString()));
        declared.addClassName("gg-muted");
        HorizontalLayout row = new HorizontalLayout(where, TripBadges.of(trip), declared);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-trip-row");
        if (OutflowTrips.mayRecord() && trip.isOpen()) {
            row.add(button(row.getTranslation("outflow.return"), "declare-return", true,
                    () -> open(new ReturnDialog(trips, today, trip), changed)));
        }
        if (OutflowTrips.mayRecord()) {
            row.add(button(row.getTranslation("outflow.editTrip.short"), "edit-trip-" + trip.getId(), false,
                    () -> open(new DepartureDialog(trips, divisions, orgUnits, today, person).editing(trip),
                            changed)));
        }
        return row;
    }

    private static Button button(String text, String id, boolean primary, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private static void open(FormDialog<OutflowTrip> dialog, Runnable changed) {
        dialog.addSavedListener(saved -> changed.run());
        dialog.open();
    }
}
