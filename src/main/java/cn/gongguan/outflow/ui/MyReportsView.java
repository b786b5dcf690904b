package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportKind;
import cn.gongguan.outflow.report.ReportState;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * An information officer's own reports (我的上报), made for a phone: a big button for each kind of report, then the
 * reports, latest first, each with where it stands — and, when it came back, why and a way to correct it.
 */
@Route(MyReportsView.ROUTE)
@RolesAllowed({Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME})
@Menu(title = "nav.myReports", order = 7.6, icon = "vaadin:paperplane")
public class MyReportsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "officer-reports";

    final Button departure = new Button();
    final Button returned = new Button();
    final Button arrival = new Button();
    final Grid<OfficerReport> grid = new Grid<>();
    private final transient OfficerReports reports;
    private final transient OutflowTrips trips;
    private final transient PersonRegistry registry;
    private final transient Divisions divisions;
    private final transient OrgUnits orgUnits;
    private final transient Today today;

    MyReportsView(OfficerReports reports, OutflowTrips trips, PersonRegistry registry, Divisions divisions,
                  OrgUnits orgUnits, Today today) {
        this.reports = reports;
        this.trips = trips;
        this.registry = registry;
        this.divisions = divisions;
        this.orgUnits = orgUnits;
        this.today = today;
        addClassName("gg-page");
        button(departure, ReportKind.DEPARTURE, VaadinIcon.SIGN_OUT);
        button(returned, ReportKind.RETURN, VaadinIcon.SIGN_IN);
        button(arrival, ReportKind.ARRIVAL, VaadinIcon.USER_CHECK);
        Div actions = new Div(departure, returned, arrival);
        actions.addClassName("gg-touch-actions");

        grid.setId("my-reports");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card).setKey("report").setHeader(getTranslation("officerReport.mine"));
        grid.setItems(query -> reports.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> reports.countMine());
        grid.setEmptyStateText(getTranslation("officerReport.none"));
        add(new H2(getTranslation("nav.myReports")), actions, grid);
        setFlexGrow(1, grid);
        setSizeFull();
    }

    private void button(Button button, ReportKind kind, VaadinIcon icon) {
        button.setText(getTranslation("officerReport.new." + kind.name()));
        button.setIcon(icon.create());
        button.setId("report-" + kind.name().toLowerCase(Locale.ROOT));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.addClickListener(e -> open(dialog(kind)));
    }

    private ReportDialog dialog(ReportKind kind) {
        return switch (kind) {
            case DEPARTURE -> new DepartureReportDialog(reports, registry, divisions, orgUnits, today);
            case RETURN -> new ReturnReportDialog(reports, trips, today);
            case ARRIVAL -> new ArrivalReportDialog(reports, divisions, orgUnits, today);
        };
    }

    private void open(ReportDialog dialog) {
        dialog.addSavedListener(saved -> {
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation(saved.saved().getState() == ReportState.SUBMITTED
                    ? "officerReport.submitted" : "officerReport.forwarded", saved.saved().personName()));
        });
        dialog.open();
    }

    /** One report: what, whom, when, its state, and why it came back with a way to correct it. */
    private Component card(OfficerReport report) {
        Span what = new Span(getTranslation(report.getKind().labelKey()) + " · " + report.personName());
        what.addClassName("gg-report-what");
        Span when = new Span(Formats.dateTime(report.getReportedAt(), getLocale()));
        when.addClassName("gg-muted");
        Div card = new Div(new Div(what, ReportSummary.badge(report)), when);
        card.addClassName("gg-report-card");
        if (report.getState() == ReportState.RETURNED) {
            Div why = new Div(getTranslation("officerReport.returnedWhy", report.getDecidedBy(), report.getReason()));
            why.addClassName("gg-returned-why");
            Button correct = new Button(getTranslation("officerReport.correct"),
                    e -> open(dialog(report.getKind()).correcting(report)));
            correct.setId("correct-" + report.getId());
            correct.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(why, correct);
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "nav.myReports";
    }
}
