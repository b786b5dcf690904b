package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowLimits;
import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.outflow.report.ReportKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An officer reports that a person of their unit left (外出): someone of the registry, picked by name, or someone not
 * registered yet, whose details the township then registers; and the trip as the township would declare it.
 */
class DepartureReportDialog extends ReportDialog {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final PersonPicker person;
    final Checkbox someoneNew = new Checkbox();
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

    private final transient Divisions divisions;

    DepartureReportDialog(OfficerReports reports, PersonRegistry registry, Divisions divisions, OrgUnits orgUnits,
                          Today today) {
        super(reports, "officerReport.new.DEPARTURE");
        this.divisions = divisions;
        person = field("person", new PersonPicker(registry, "officerReport.person"));
        person.setId("report-person");
        someoneNew.setLabel(getTranslation("officerReport.someoneNew"));
        someoneNew.setId("report-someone-new");
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "person.orgUnit"));
        orgUnit.setCode(CurrentUser.get().orgUnit());
        destination = required("destination", new TownshipField(divisions, "outflow.destination"));
        destination.setId("report-destination");
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        idNumber.setId("report-idNumber");
        name.setId("report-name");
        maritalStatus.setValue(MaritalStatus.MARRIED);
        departureDay.setLabel(getTranslation("outflow.departureDay"));
        departureDay.setMax(today.date());
        departureDay.setId("report-departure-day");
        certificateHeld.setLabel(getTranslation("outflow.certificateHeld"));
        declaredBy.setValue(getTranslation("outflow.declaredBy.self"));
        declaredOn.setLabel(getTranslation("outflow.declaredOn"));
        declaredOn.setMax(today.date());
        declaredOn.setValue(today.date());
        addWide(new H4(getTranslation("outflow.section.person")));
        addFields(person, someoneNew, idNumber, name, phone, orgUnit, address, maritalStatus);
        addWide(new H4(getTranslation("outflow.section.trip")));
        addFields(departureDay, destination, destinationAddress, workUnit, destinationPhone, certificateHeld,
                declaredBy, declaredOn);
        someoneNew.addValueChangeListener(e -> showNewcomerFields());
        showNewcomerFields();
    }

    /** Someone not in the registry yet: their details instead of the registry's person. */
    private void showNewcomerFields() {
        boolean isNew = someoneNew.getValue();
        person.setVisible(!isNew);
        for (Component field : new Component[] {idNumber, name, phone, orgUnit, address, maritalStatus}) {
            field.setVisible(isNew);
        }
    }

    @Override
    protected void show(OfficerReport report) {
        PersonDetails newcomer = report.newcomer();
        someoneNew.setValue(newcomer != null);
        if (newcomer == null) {
            person.setValue(report.getPerson());
        } else {
            idNumber.setValue(newcomer.getIdNumber());
            name.setValue(orEmpty(newcomer.getName()));
            phone.setValue(orEmpty(newcomer.getPhone()));
            orgUnit.setCode(newcomer.getOrgUnit());
            address.setValue(orEmpty(newcomer.getAddress()));
            maritalStatus.setValue(newcomer.getMaritalStatus());
        }
        TripDetails trip = report.trip();
        departureDay.setValue(trip.departureDay());
        destination.setValue(divisions.find(trip.destination()).orElse(null));
        destinationAddress.setValue(orEmpty(trip.destinationAddress()));
        workUnit.setValue(orEmpty(trip.workUnit()));
        destinationPhone.setValue(orEmpty(trip.destinationPhone()));
        certificateHeld.setValue(trip.certificateHeld());
        declaredBy.setValue(orEmpty(trip.declaredBy()));
        declaredOn.setValue(trip.declaredOn());
    }

    @Override
    protected ReportInput input() {
        TripDetails trip = new TripDetails(departureDay.getValue(),
                destination.getValue() == null ? null : destination.getValue().code(), destinationAddress.getValue(),
                workUnit.getValue(), destinationPhone.getValue(), certificateHeld.getValue(), declaredBy.getValue(),
                declaredOn.getValue());
        if (!someoneNew.getValue()) {
            return person.getValue() == null ? new ReportInput(ReportKind.DEPARTURE, null, null, trip, null)
                    : ReportInput.departureOf(person.getValue().getId(), trip);
        }
        PersonDetails details = new PersonDetails();
        details.setIdNumber(idNumber.getValue());
        details.setName(name.getValue());
        details.setPhone(phone.getValue());
        details.setOrgUnit(orgUnit.getCode());
        details.setAddress(address.getValue());
        details.setMaritalStatus(maritalStatus.getValue());
        return ReportInput.departure(details, trip);
    }
}
