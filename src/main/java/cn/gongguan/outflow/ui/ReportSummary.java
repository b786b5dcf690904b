package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.TripDetails;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.ReportState;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Map;

/** What an officer's report says and where it stands, as lines of text, and its state as a badge. */
final class ReportSummary {

    private final Divisions divisions;
    /** Read once for the view that shows the summaries, not once per row. */
    private final Map<String, String> unitNames;

    ReportSummary(Divisions divisions, OrgUnits orgUnits) {
        this.divisions = divisions;
        this.unitNames = orgUnits.names();
    }

    /** The report's details, one labelled line each. */
    Div details(OfficerReport report) {
        Div lines = new Div();
        lines.addClassName("gg-report-details");
        PersonDetails newcomer = report.newcomer();
        line(lines, "person.name", report.personName());
        if (newcomer != null) {
            line(lines, "person.idNumber", new IdNumber(newcomer.getIdNumber()).masked());
            line(lines, "person.orgUnit", unit(newcomer.getOrgUnit()));
            line(lines, "person.address", newcomer.getAddress());
            line(lines, "person.phone", newcomer.getPhone());
        } else if (report.getPerson() != null) {
            line(lines, "person.idNumber", report.getPerson().getIdNumber().masked());
            line(lines, "person.orgUnit", unit(report.getPerson().getOrgUnit()));
        }
        switch (report.getKind()) {
            case DEPARTURE -> {
                TripDetails trip = report.trip();
                line(lines, "outflow.departureDay", String.valueOf(trip.departureDay()));
                line(lines, "outflow.destination", TripFields.destinationName(divisions, trip.destination(), lines));
                line(lines, "outflow.destinationAddress", trip.destinationAddress());
                line(lines, "outflow.workUnit", trip.workUnit());
                line(lines, "outflow.destinationPhone", trip.destinationPhone());
                line(lines, "outflow.certificateHeld", lines.getTranslation(trip.certificateHeld() ? "officerReport.yes" : "officerReport.no"));
                line(lines, "outflow.declaredBy", lines.getTranslation("outflow.declaredByOn", trip.declaredBy(),
                        String.valueOf(trip.declaredOn())));
            }
            case RETURN -> line(lines, "outflow.returnDay", String.valueOf(report.getReturnDay()));
            case ARRIVAL -> {
                line(lines, "person.registrationPlace", place(newcomer.getRegistrationPlace()));
                line(lines, "person.flowType", lines.getTranslation(newcomer.getFlowType().labelKey()));
                line(lines, "person.arrivalDate", String.valueOf(newcomer.getArrivalDate()));
                line(lines, "person.maritalStatus", lines.getTranslation(newcomer.getMaritalStatus().labelKey()));
                line(lines, "person.employer", newcomer.getEmployer());
            }
        }
        return lines;
    }

    /** Who reported it when, from which unit, and who forwarded it. */
    String reported(OfficerReport report, Locale locale, Component in) {
        String text = in.getTranslation("officerReport.reportedByAt", report.getReportedBy(),
                unit(report.getReporterUnit()), Formats.dateTime(report.getReportedAt(), locale));
        if (report.getForwardedBy() != null && !report.getForwardedBy().equals(report.getReportedBy())) {
            text += " · " + in.getTranslation("officerReport.forwardedByAt", report.getForwardedBy(),
                    Formats.dateTime(report.getForwardedAt(), locale));
        }
        return text;
    }

    String unit(String code) {
        return code == null ? "" : unitNames.getOrDefault(code, code);
    }

    private String place(String code) {
        return code == null ? "" : divisions.find(code).map(Division::fullName).orElse(code);
    }

    private static void line(Div lines, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(lines.getTranslation(labelKey) + "：");
        label.addClassName("gg-muted");
        lines.add(new Div(label, new Span(value)));
    }

    /** The report's state as a badge; a report the township could not accept says so. */
    static Span badge(OfficerReport report) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(report.getState().labelKey()));
        String theme = switch (report.getState()) {
            case SUBMITTED -> report.getRefusalKey() != null ? "badge error" : "badge contrast";
            case FORWARDED -> report.getRefusalKey() != null ? "badge error" : "badge";
            case RETURNED -> "badge error primary";
            case ACCEPTED -> "badge success";
        };
        badge.getElement().setAttribute("theme", theme + " small");
        return badge;
    }

    /** Why the township's last acceptance was refused, in the reader's language; null when none was. */
    static String refusal(OfficerReport report, Component in) {
        return report.getRefusalKey() == null || report.getState() == ReportState.RETURNED
                || report.getState() == ReportState.ACCEPTED ? null
                : in.getTranslation("officerReport.refused", in.getTranslation(report.getRefusalKey(),
                        report.getRefusalArgs()));
    }
}
