package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowLimits;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The fields of a departure's declaration, the same in the township's form and in an officer's report: the day of
 * leaving, where to, the work unit and phone there, the certificate, who declared it and when. Each field shows the
 * service's refusal of it; ids start with the form's prefix.
 */
final class TripFields {

    final DatePicker departureDay = new DatePicker();
    final TownshipField destination;
    /** Nobody knows where they went (去向不明): the person index fills the destination in once it is found. */
    final Checkbox destinationUnknown = new Checkbox();
    final TextField destinationAddress = TextFields.text(OutflowLimits.DESTINATION_ADDRESS, "outflow.destinationAddress");
    final TextField workUnit = TextFields.text(OutflowLimits.WORK_UNIT, "outflow.workUnit");
    final TextField destinationPhone = TextFields.text(OutflowLimits.DESTINATION_PHONE, "outflow.destinationPhone");
    final Checkbox certificateHeld = new Checkbox();
    final TextField declaredBy = TextFields.text(OutflowLimits.DECLARED_BY, "outflow.declaredBy");
    final DatePicker declaredOn = new DatePicker();
    private final Divisions divisions;

    TripFields(FieldErrors errors, Divisions divisions, Today today, String idPrefix) {
        this.divisions = divisions;
        destination = new TownshipField(divisions, "outflow.destination");
        destination.setRequiredIndicatorVisible(true);
        destination.setId(idPrefix + "-destination");
        destinationUnknown.setLabel(destinationUnknown.getTranslation("outflow.destination.unknownBox"));
        destinationUnknown.setId(idPrefix + "-destination-unknown");
        destinationUnknown.addValueChangeListener(e -> {
            if (e.getValue()) {
                destination.clear();
            }
            destination.setEnabled(!e.getValue());
            destination.setRequiredIndicatorVisible(!e.getValue());
        });
        departureDay.setLabel(departureDay.getTranslation("outflow.departureDay"));
        departureDay.setRequiredIndicatorVisible(true);
        departureDay.setMax(today.date());
        departureDay.setId(idPrefix + "-departure-day");
        destinationAddress.setId(idPrefix + "-destinationAddress");
        certificateHeld.setLabel(certificateHeld.getTranslation("outflow.certificateHeld"));
        declaredBy.setValue(declaredBy.getTranslation("outflow.declaredBy.self"));
        declaredOn.setLabel(declaredOn.getTranslation("outflow.declaredOn"));
        declaredOn.setRequiredIndicatorVisible(true);
        declaredOn.setMax(today.date());
        declaredOn.setValue(today.date());
        errors.bind("departureDay", departureDay).bind("destination", destination)
                .bind("destinationAddress", destinationAddress).bind("workUnit", workUnit)
                .bind("destinationPhone", destinationPhone).bind("declaredBy", declaredBy)
                .bind("declaredOn", declaredOn);
    }

    Component[] all() {
        return new Component[] {departureDay, destination, destinationUnknown, destinationAddress, workUnit, destinationPhone,
                certificateHeld, declaredBy, declaredOn};
    }

    /**
     * The trip as entered; an empty destination is refused at its field unless it is marked unknown (an empty
     * destination reaches the service as unknown).
     */
    TripDetails value() {
        if (destination.getValue() == null && !destinationUnknown.getValue()) {
            throw new InvalidInputException("destination", "outflow.destination.invalid");
        }
        return new TripDetails(departureDay.getValue(),
                destination.getValue() == null ? null : destination.getValue().code(), destinationAddress.getValue(),
                workUnit.getValue(), destinationPhone.getValue(), certificateHeld.getValue(), declaredBy.getValue(),
                declaredOn.getValue());
    }

    /** Fills the fields with a trip as declared. */
    void show(TripDetails trip) {
        departureDay.setValue(trip.departureDay());
        destinationUnknown.setValue(trip.destination() == null);
        destination.setValue(divisions.find(trip.destination()).orElse(null));
        destinationAddress.setValue(orEmpty(trip.destinationAddress()));
        workUnit.setValue(orEmpty(trip.workUnit()));
        destinationPhone.setValue(orEmpty(trip.destinationPhone()));
        certificateHeld.setValue(trip.certificateHeld());
        declaredBy.setValue(orEmpty(trip.declaredBy()));
        declaredOn.setValue(trip.declaredOn());
    }

    /** A trip's destination as people read it: the township's full name, or "unknown" (去向不明). */
    static String destinationName(Divisions divisions, String code, Component at) {
        return code == null ? at.getTranslation("outflow.destination.unknown")
                : divisions.find(code).map(Division::fullName).orElse(code);
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
