package cn.gongguan.police.ui;

import cn.gongguan.police.PoliceLimits;
import cn.gongguan.police.PoliceReports;
import cn.gongguan.police.ReportRow;
import cn.gongguan.police.RowInput;
import cn.gongguan.police.RowKind;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;

/**
 * Types one row of a station's report, matched with the registry when saved as an imported row is; a wrong field
 * shows why and keeps what was typed. The household-registration place and the marital status are asked only of a
 * new arrival, as the hint says.
 */
class RowDialog extends FormDialog<ReportRow> {

    /** The length of a resident ID number. */
    private static final int ID_NUMBER_LENGTH = 18;

    final EnumSelect<RowKind> kind = required("kind", new EnumSelect<>("police.row.kind", RowKind.values()));
    final TextField idNumber = required("idNumber", new TextField());
    final TextField name = text(PoliceLimits.ROW_NAME, "person.name");
    final DatePicker day = required("day", new DatePicker());
    final TextField place = text(PoliceLimits.PLACE, "police.row.place");
    final TownshipField registrationPlace;
    final EnumSelect<MaritalStatus> maritalStatus = field("maritalStatus",
            new EnumSelect<>("person.maritalStatus", MaritalStatus.values()));
    final TextField note = text(PoliceLimits.NOTE, "police.row.note");
    private final transient PoliceReports reports;
    private final long stationId;
    private final YearMonth month;

    RowDialog(PoliceReports reports, Divisions divisions, long stationId, YearMonth month, String slot) {
        super("save-row");
        this.reports = reports;
        this.stationId = stationId;
        this.month = month;
        setHeaderTitle(getTranslation("police.row.new", slot));
        registrationPlace = field("registrationPlace", new TownshipField(divisions, "person.registrationPlace"));
        kind.setId("row-kind");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setId("row-idNumber");
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        name.setId("row-name");
        day.setLabel(getTranslation("police.row.day"));
        day.setId("row-day");
        day.setMin(month.atDay(1));
        day.setMax(month.atEndOfMonth());
        place.setId("row-place");
        registrationPlace.setId("row-registrationPlace");
        maritalStatus.setId("row-maritalStatus");
        note.setId("row-note");
        addFields(kind, idNumber, name, day);
        addWide(place);
        addWide(new Paragraph(getTranslation("police.row.newArrivalHint")));
        addFields(registrationPlace, maritalStatus);
        addWide(note);
    }

    @Override
    protected ReportRow write() {
        return reports.record(stationId, month, new RowInput(kind.getValue(), idNumber.getValue(), name.getValue(),
                day.getValue(), place.getValue(),
                registrationPlace.getValue() == null ? null : registrationPlace.getValue().code(),
                maritalStatus.getValue(), note.getValue()));
    }
}
