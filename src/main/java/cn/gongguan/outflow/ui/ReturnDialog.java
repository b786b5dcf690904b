package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Cancels an outflow on the person's return (返回注销): the day they came back closes their trip. */
class ReturnDialog extends FormDialog<OutflowTrip> {

    final DatePicker returnDay = required("returnDay", new DatePicker());
    private final transient OutflowTrips trips;
    private OutflowTrip trip;

    ReturnDialog(OutflowTrips trips, Today today, OutflowTrip trip) {
        super("save-return");
        this.trips = trips;
        this.trip = trip;
        setHeaderTitle(getTranslation("outflow.returnOf", trip.getPerson().getName()));
        returnDay.setLabel(getTranslation("outflow.returnDay"));
        returnDay.setMin(trip.getDepartureDay());
        returnDay.setMax(today.date());
        returnDay.setValue(today.date());
        returnDay.setId("return-day");
        addFields(returnDay);
        reloadWith(() -> trips.find(this.trip.getId()).ifPresent(saved -> this.trip = saved));
    }

    @Override
    protected OutflowTrip write() {
        return trips.returned(trip.getId(), trip.getVersion(), returnDay.getValue());
    }
}
