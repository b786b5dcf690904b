package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportInput;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.ui.TownshipField;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonLimits;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.OrgUnitField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * An officer reports a newcomer living in their unit (流入): the details the registry keeps of a person, for the
 * township to register them; an inflow person then waits for the visit (一访).
 */
class ArrivalReportDialog extends ReportDialog {

    /** The length of a resident ID number (stored as char(18)). */
    private static final int ID_NUMBER_LENGTH = 18;

    final TextField name = text(PersonLimits.NAME, "person.name");
    final TextField idNumber = required("idNumber", new TextField());
    final TextField phone = text(PersonLimits.PHONE, "person.phone");
    final TownshipField registrationPlace;
    final EnumSelect<FlowType> flowType = required("flowType",
            new EnumSelect<>("person.flowType", FlowType.INFLOW, FlowType.INTRA_COUNTY));
    final OrgUnitField orgUnit;
    final TextField address = text(PersonLimits.ADDRESS, "person.address");
    final DatePicker arrivalDate = required("arrivalDate", new DatePicker());
    final EnumSelect<MaritalStatus> maritalStatus =
            required("maritalStatus", new EnumSelect<>("person.maritalStatus", MaritalStatus.values()));
    final IntegerField children = field("children", new IntegerField());
    final TextField employer = text(PersonLimits.EMPLOYER, "person.employer");

    private final transient Divisions divisions;

    ArrivalReportDialog(OfficerReports reports, Divisions divisions, OrgUnits orgUnits, Today today) {
        super(reports, "officerReport.new.ARRIVAL");
        this.divisions = divisions;
        idNumber.setLabel(getTranslation("person.idNumber"));
        idNumber.setMaxLength(ID_NUMBER_LENGTH);
        idNumber.setId("report-idNumber");
        name.setId("report-name");
        registrationPlace = required("registrationPlace", new TownshipField(divisions, "person.registrationPlace"));
        registrationPlace.setId("report-registrationPlace");
        flowType.setValue(FlowType.INFLOW);
        orgUnit = field("orgUnit", new OrgUnitField(orgUnits, "person.orgUnit"));
        orgUnit.setCode(CurrentUser.get().orgUnit());
        arrivalDate.setLabel(getTranslation("person.arrivalDate"));
        arrivalDate.setMax(today.date());
        arrivalDate.setId("report-arrival-date");
        maritalStatus.setValue(MaritalStatus.MARRIED);
        children.setLabel(getTranslation("person.children"));
        children.setMin(0);
        children.setStepButtonsVisible(true);
        addFields(name, idNumber, phone, registrationPlace, flowType, orgUnit, address, arrivalDate, maritalStatus,
                children, employer);
    }

    @Override
    protected void show(OfficerReport report) {
        PersonDetails details = report.newcomer();
        name.setValue(orEmpty(details.getName()));
        idNumber.setValue(details.getIdNumber());
        phone.setValue(orEmpty(details.getPhone()));
        registrationPlace.setValue(divisions.find(details.getRegistrationPlace()).orElse(null));
        flowType.setValue(details.getFlowType());
        orgUnit.setCode(details.getOrgUnit());
        address.setValue(orEmpty(details.getAddress()));
        arrivalDate.setValue(details.getArrivalDate());
        maritalStatus.setValue(details.getMaritalStatus());
        children.setValue(details.getChildren());
        employer.setValue(orEmpty(details.getEmployer()));
    }

    @Override
    protected ReportInput input() {
        PersonDetails details = new PersonDetails();
        details.setName(name.getValue());
        details.setIdNumber(idNumber.getValue());
        details.setPhone(phone.getValue());
        details.setRegistrationPlace(registrationPlace.getValue() == null ? null : registrationPlace.getValue().code());
        details.setFlowType(flowType.getValue());
        details.setOrgUnit(orgUnit.getCode());
        details.setAddress(address.getValue());
        details.setArrivalDate(arrivalDate.getValue());
        details.setMaritalStatus(maritalStatus.getValue());
        details.setChildren(children.getValue() == null ? 0 : children.getValue());
        details.setEmployer(employer.getValue());
        return ReportInput.arrival(details);
    }
}
