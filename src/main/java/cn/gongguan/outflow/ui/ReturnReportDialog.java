package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowFilter;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.outflow.report.ReportKind;
import cn.gongguan.platform.Today;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;

/** An officer reports that a person of their unit who was away came back (返回), and on which day. */
class ReturnReportDialog extends ReportDialog {

    final ComboBox<OutflowTrip> away = field("person", new ComboBox<>());
    final DatePicker returnDay = required("returnDay", new DatePicker());

    private final transient OutflowTrips trips;

    ReturnReportDialog(OfficerReports reports, OutflowTrips trips, Today today) {
        super(reports, "officerReport.new.RETURN");
        this.trips = trips;
        away.setLabel(getTranslation("officerReport.awayPerson"));
        away.setPlaceholder(getTranslation("officerReport.person.placeholder"));
        away.setId("report-away");
        away.setRequiredIndicatorVisible(true);
        away.setItems(query -> trips.list(new OutflowFilter(query.getFilter().orElse(""), null, true),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        away.setItemLabelGenerator(t -> getTranslation("officerReport.awaySince", t.getPerson().getName(),
                t.getDepartureDay().toString()));
        returnDay.setLabel(getTranslation("outflow.returnDay"));
        returnDay.setMax(today.date());
        returnDay.setValue(today.date());
        returnDay.setId("report-return-day");
        addFields(away, returnDay);
    }

    @Override
    protected void show(OfficerReport report) {
        returnDay.setValue(report.getReturnDay());
        trips.openTrip(report.getPerson().getId()).ifPresent(away::setValue);
    }

    @Override
    protected ReportInput input() {
        Long personId = away.getValue() == null ? null : away.getValue().getPerson().getId();
        return new ReportInput(ReportKind.RETURN, personId, null, null, returnDay.getValue());
    }
}
