package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.outflow.report.ReportKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;

/**
 * An officer reports that a person of their unit left (外出): someone of the registry, picked by name, or someone not
 * registered yet, whose details the township then registers; and the trip as the township would declare it.
 */
class DepartureReportDialog extends ReportDialog {

    final PersonPicker person;
    final Checkbox someoneNew = new Checkbox();
    final NewcomerFields newcomer;
    final TripFields trip;

    DepartureReportDialog(OfficerReports reports, PersonRegistry registry, Divisions divisions, OrgUnits orgUnits,
                          Today today) {
        super(reports, "officerReport.new.DEPARTURE");
        person = field("person", new PersonPicker(registry, "officerReport.person"));
        person.setId("report-person");
        someoneNew.setLabel(getTranslation("officerReport.someoneNew"));
        someoneNew.setId("report-someone-new");
        newcomer = new NewcomerFields(fieldErrors(), orgUnits, "report");
        newcomer.orgUnit.setCode(CurrentUser.get().orgUnit());
        trip = new TripFields(fieldErrors(), divisions, today, "report");
        addWide(new H4(getTranslation("outflow.section.person")));
        addFields(person, someoneNew);
        addFields(newcomer.all());
        addWide(new H4(getTranslation("outflow.section.trip")));
        addFields(trip.all());
        someoneNew.addValueChangeListener(e -> showNewcomerFields());
        showNewcomerFields();
    }

    /** Someone not in the registry yet: their details instead of the registry's person. */
    private void showNewcomerFields() {
        boolean isNew = someoneNew.getValue();
        person.setVisible(!isNew);
        for (Component field : newcomer.all()) {
            field.setVisible(isNew);
        }
    }

    @Override
    protected void show(OfficerReport report) {
        PersonDetails reported = report.newcomer();
        someoneNew.setValue(reported != null);
        if (reported == null) {
            person.setValue(report.getPerson());
        } else {
            newcomer.show(reported);
        }
        trip.show(report.trip());
    }

    @Override
    protected ReportInput input() {
        TripDetails details = trip.value();
        if (!someoneNew.getValue()) {
            return person.getValue() == null ? new ReportInput(ReportKind.DEPARTURE, null, null, details, null)
                    : ReportInput.departureOf(person.getValue().getId(), details);
        }
        return ReportInput.departure(newcomer.value(), details);
    }
}
