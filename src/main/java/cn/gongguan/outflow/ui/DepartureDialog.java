package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.html.H4;

/**
 * Declares a departure (外出登记) — of a person of the registry, or of someone not registered yet, who is then
 * registered as an outflow person of this township — or corrects a trip. A refused field shows why, nothing typed is
 * lost, and a trip saved by a colleague meanwhile can be reloaded.
 */
class DepartureDialog extends FormDialog<OutflowTrip> {

    final NewcomerFields newcomer;
    final TripFields trip;
    private final transient OutflowTrips trips;
    private final Person person;
    private OutflowTrip editing;

    /** A departure of {@code person}, or of a person to be registered when it is null. */
    DepartureDialog(OutflowTrips trips, Divisions divisions, OrgUnits orgUnits, Today today, Person person) {
        super("save-departure");
        this.trips = trips;
        this.person = person;
        setHeaderTitle(person == null ? getTranslation("outflow.depart")
                : getTranslation("outflow.departOf", person.getName()));
        newcomer = new NewcomerFields(fieldErrors(), orgUnits, "departure");
        trip = new TripFields(fieldErrors(), divisions, today, "departure");
        if (person == null) {
            addWide(new H4(getTranslation("outflow.section.person")));
            addFields(newcomer.all());
            addWide(new H4(getTranslation("outflow.section.trip")));
        }
        addFields(trip.all());
        reloadWith(() -> trips.find(editing.getId()).ifPresent(this::show));
    }

    /** Opens the form on a trip as saved now, to correct it. */
    DepartureDialog editing(OutflowTrip saved) {
        setHeaderTitle(getTranslation("outflow.editTrip", saved.getPerson().getName()));
        show(saved);
        return this;
    }

    private void show(OutflowTrip saved) {
        editing = saved;
        trip.show(saved.details());
    }

    @Override
    protected OutflowTrip write() {
        TripDetails details = trip.value();
        if (editing != null) {
            return trips.update(editing.getId(), editing.getVersion(), details);
        }
        if (person != null) {
            return trips.departOf(person.getId(), details, TripSource.TOWNSHIP);
        }
        return trips.depart(newcomer.value(), details, TripSource.TOWNSHIP);
    }
}
