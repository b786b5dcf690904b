package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowLimits;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.OrgUnitField;
import cn.gongguan.reference.ui.TownshipField;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Declares a departure (外出登记) — of a person of the registry, or of someone not registered yet, who is then
 * registered as an outflow person of this township — or corrects a trip. A refused field shows why, nothing typed is
 * lost, and a trip saved by a colleague meanwhile can be reloaded.
 */
class DepartureDialog extends FormDialog<OutflowTrip> {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final TextField idNumber = required("idNumber", new TextField());
    final TextField name = text(PersonLimits.NAME, "person.name");
    final TextField phone = text(PersonLimits.PHONE, "person.phone");
    final OrgUnitField orgUnit;
    final TextField address = text(PersonLimits.ADDRESS, "outflow.homeAddress");
    final EnumSelect<MaritalStatus> maritalStatus =
            required("maritalStatus", new EnumSelect<>("person.maritalStatus", MaritalStatus.values()));
    final DatePicker departureDay = required("departureDay", new DatePicker());
    final TownshipField destination;
    final TextField destinationAddress = text(OutflowLimits.DESTINATION_ADDRESS, "outflow.destinationAddress");
    final TextField workUnit = text(OutflowLimits.WORK_UNIT, "outflow.workUnit");
    final TextField destinationPhone = text(OutflowLimits.DESTINATION_PHONE, "outflow.destinationPhone");
    final Checkbox certificateHeld = new Checkbox();
    final TextField declaredBy = text(OutflowLimits.DECLARED_BY, "outflow.declaredBy");
    final DatePicker declaredOn = required("declaredOn", new DatePicker());

    private final transient OutflowTrips trips;
    private final transient Divisions divisions;
    private final Person person;
    private OutflowTrip editing;

    /** A departure of {@code person}, or of a person to be registered when it is null. */
    DepartureDialog(OutflowTrips trips, Divisions divisions, OrgUnits orgUnits, Today today, Person person) {
        super("save-departure");
        this.trips = trips;
        this.divisions = divisions;
        this.person = person;
        setHeaderTitle(person == null ? getTranslation("outflow.depart")
                : getTranslation("outflow.departOf", person.getName()));
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "person.orgUnit"));
        destination = required("destination", new TownshipField(divisions, "outflow.destination"));
        destination.setId("departure-destination");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        idNumber.setId("departure-idNumber");
        name.setId("departure-name");
        maritalStatus.setValue(MaritalStatus.MARRIED);
        departureDay.setLabel(getTranslation("outflow.departureDay"));
        departureDay.setMax(today.date());
        departureDay.setId("departure-day");
        destinationAddress.setId("departure-destinationAddress");
        certificateHeld.setLabel(getTranslation("outflow.certificateHeld"));
        declaredBy.setValue(getTranslation("outflow.declaredBy.self"));
        declaredOn.setLabel(getTranslation("outflow.declaredOn"));
        declaredOn.setMax(today.date());
        declaredOn.setValue(today.date());
        if (person == null) {
            addWide(new H4(getTranslation("outflow.section.person")));
            addFields(idNumber, name, phone, orgUnit, address, maritalStatus);
            addWide(new H4(getTranslation("outflow.section.trip")));
        }
        addFields(departureDay, destination, destinationAddress, workUnit, destinationPhone, certificateHeld,
                declaredBy, declaredOn);
        reloadWith(() -> trips.find(editing.getId()).ifPresent(this::show));
    }

    /** Opens the form on a trip as saved now, to correct it. */
    DepartureDialog editing(OutflowTrip trip) {
        setHeaderTitle(getTranslation("outflow.editTrip", trip.getPerson().getName()));
        show(trip);
        return this;
    }

    private void show(OutflowTrip trip) {
        editing = trip;
        TripDetails details = trip.details();
        departureDay.setValue(details.departureDay());
        destination.setValue(divisions.find(details.destination()).orElse(null));
        destinationAddress.setValue(orEmpty(details.destinationAddress()));
        workUnit.setValue(orEmpty(details.workUnit()));
        destinationPhone.setValue(orEmpty(details.destinationPhone()));
        certificateHeld.setValue(details.certificateHeld());
        declaredBy.setValue(details.declaredBy());
        declaredOn.setValue(details.declaredOn());
    }

    @Override
    protected OutflowTrip write() {
        TripDetails trip = tripDetails();
        if (editing != null) {
            return trips.update(editing.getId(), editing.getVersion(), trip);
        }
        if (person != null) {
            return trips.departOf(person.getId(), trip, TripSource.TOWNSHIP);
        }
        return trips.depart(personDetails(), trip, TripSource.TOWNSHIP);
    }

    /** The trip as entered. */
    TripDetails tripDetails() {
        return new TripDetails(departureDay.getValue(),
                destination.getValue() == null ? null : destination.getValue().code(), destinationAddress.getValue(),
                workUnit.getValue(), destinationPhone.getValue(), certificateHeld.getValue(), declaredBy.getValue(),
                declaredOn.getValue());
    }

    /** The person to be registered, as entered. */
    PersonDetails personDetails() {
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setPhone(phone.getValue());
        details.setOrgUnit(orgUnit.getCode());
        details.setAddress(address.getValue());
        details.setMaritalStatus(maritalStatus.getValue());
        return details;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
