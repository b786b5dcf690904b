package cn.gongguan.police.ui;

import cn.gongguan.police.PoliceLimits;
import cn.gongguan.police.PoliceStation;
import cn.gongguan.police.PoliceStations;
import cn.gongguan.police.StationDetails;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;

/** Registers a police station covering the township or edits one; a wrong field shows why and keeps what was typed. */
class StationDialog extends FormDialog<PoliceStation> {

    final TextField name = text(PoliceLimits.STATION_NAME, "police.station.name");
    final TextField code = text(PoliceLimits.STATION_CODE, "police.station.code");
    final TextField phone = text(PoliceLimits.STATION_PHONE, "police.station.phone");
    final TextField contact = text(PoliceLimits.STATION_CONTACT, "police.station.contact");
    final Checkbox reporting = new Checkbox();
    private final transient PoliceStations stations;
    private PoliceStation editing;

    StationDialog(PoliceStations stations, PoliceStation editing) {
        super("save-station");
        this.stations = stations;
        setHeaderTitle(getTranslation(editing == null ? "police.station.new" : "police.station.edit"));
        name.setId("station-name");
        code.setId("station-code");
        phone.setId("station-phone");
        contact.setId("station-contact");
        reporting.setLabel(getTranslation("police.station.reporting"));
        reporting.setId("station-reporting");
        reporting.setValue(true);
        addFields(name, code, phone, contact);
        addWide(reporting);
        show(editing);
        reloadWith(() -> stations.find(this.editing.getId()).ifPresent(this::show));
    }

    /** Fills the form with the station as saved (or empty for a new one, which reports). */
    private void show(PoliceStation station) {
        editing = station;
        reporting.setVisible(station != null);
        if (station != null) {
            StationDetails details = station.details();
            name.setValue(details.name());
            code.setValue(details.code() == null ? "" : details.code());
            phone.setValue(details.phone() == null ? "" : details.phone());
            contact.setValue(details.contact() == null ? "" : details.contact());
            reporting.setValue(details.reporting());
        }
    }

    @Override
    protected PoliceStation write() {
        StationDetails details = new StationDetails(name.getValue(), code.getValue(), phone.getValue(),
                contact.getValue(), reporting.getValue());
        return editing == null ? stations.register(details)
                : stations.update(editing.getId(), editing.getVersion(), details);
    }
}
