package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The village station (村级信息站) of a level-1 officer: the reports of the village's groups waiting to be forwarded to
 * the township, oldest first. The officer opens one to forward it or send it back with a reason, or forwards all
 * those selected at once (汇总上报).
 */
@Route(ReportStationView.ROUTE)
@RolesAllowed(Role.VILLAGE_OFFICER_NAME)
@Menu(title = "nav.reportStation", order = 7.7, icon = "vaadin:inbox")
public class ReportStationView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "officer-reports/station";

    final Grid<OfficerReport> grid = new Grid<>();
    final Button forwardSelected = new Button();
    private final H2 title = new H2();
    private final transient OfficerReports reports;

    ReportStationView(OfficerReports reports, Divisions divisions, OrgUnits orgUnits) {
        this.reports = reports;
        ReportSummary summary = new ReportSummary(divisions, orgUnits);
        addClassName("gg-page");
        setSizeFull();
        forwardSelected.setText(getTranslation("officerReport.forwardSelected"));
        forwardSelected.setId("forward-selected");
        forwardSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        forwardSelected.setEnabled(false);
        forwardSelected.addClickListener(e -> forwardSelected());

        grid.setId("station-reports");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(r -> getTranslation(r.getKind().labelKey())).setHeader(getTranslation("officerReport.kind"));
        grid.addColumn(OfficerReport::personName).setHeader(getTranslation("person.name"));
        grid.addColumn(r -> summary.unit(r.getReporterUnit())).setHeader(getTranslation("officerReport.unit"));
        grid.addColumn(r -> Formats.dateTime(r.getReportedAt(), getLocale()))
                .setHeader(getTranslation("officerReport.reportedAt"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> reports.atStation(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> reports.countAtStation());
        grid.setEmptyStateText(getTranslation("officerReport.station.none"));
        grid.addSelectionListener(e -> forwardSelected.setEnabled(!e.getAllSelectedItems().isEmpty()));
        grid.addItemClickListener(e -> {
            ReviewDialog dialog = new ReviewDialog(reports, summary, ReviewDialog.Desk.STATION, e.getItem());
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        add(title, forwardSelected, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    /** Forwards the selected reports, all or none: one changed meanwhile (sent back, say) stops them all. */
    private void forwardSelected() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        grid.getSelectedItems().forEach(report -> versions.put(report.getId(), report.getVersion()));
        try {
            int forwarded = reports.forward(versions).size();
            Notification.show(getTranslation("officerReport.forwardedCount", forwarded));
        } catch (InvalidInputException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        title.setText(getTranslation("officerReport.station.title", reports.countAtStation()));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "nav.reportStation";
    }
}
