package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.report.OfficerReport;
import cn.gongguan.outflow.report.OfficerReports;
import cn.gongguan.outflow.report.ReportState;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * The township's inbox of officers' reports (信息员上报): by default those forwarded and waiting to be accepted, oldest
 * first; a report the township could not accept says why. A row opens the report to accept it or return it with a
 * reason — one still waiting at a village station too, for a village whose level-1 officer does not forward them.
 */
@Route(ReportInboxView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.reportInbox", order = 7.6, icon = "vaadin:inbox")
public class ReportInboxView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "officer-reports/inbox";

    final EnumSelect<ReportState> shown = new EnumSelect<>("officerReport.state",
            ReportState.FORWARDED, ReportState.SUBMITTED, ReportState.RETURNED, ReportState.ACCEPTED);
    final Grid<OfficerReport> grid = new Grid<>();
    private final H2 title = new H2();
    private final transient OfficerReports reports;

    ReportInboxView(OfficerReports reports, Divisions divisions, OrgUnits orgUnits) {
        this.reports = reports;
        ReportSummary summary = new ReportSummary(divisions, orgUnits);
        addClassName("gg-page");
        setSizeFull();
        shown.setValue(ReportState.FORWARDED);
        shown.setId("inbox-state");
        shown.addValueChangeListener(e -> refresh());

        grid.setId("inbox-reports");
        grid.addColumn(r -> getTranslation(r.getKind().labelKey())).setHeader(getTranslation("officerReport.kind"));
        grid.addColumn(OfficerReport::personName).setHeader(getTranslation("person.name"));
        grid.addColumn(r -> summary.unit(r.getReporterUnit())).setHeader(getTranslation("officerReport.unit"));
        grid.addColumn(OfficerReport::getReportedBy).setHeader(getTranslation("officerReport.reportedBy"));
        grid.addColumn(r -> Formats.dateTime(r.getReportedAt(), getLocale()))
                .setHeader(getTranslation("officerReport.reportedAt"));
        grid.addComponentColumn(ReportSummary::badge).setKey("state").setHeader(getTranslation("officerReport.state"));
        grid.addColumn(r -> {
            String refused = ReportSummary.refusal(r, this);
            return refused != null ? refused : r.getState() == ReportState.RETURNED ? r.getReason() : "";
        }).setKey("note").setHeader(getTranslation("officerReport.note"));
        grid.getColumns().forEach(column -> column.setAutoWidth(true));
        grid.setItems(query -> reports.atTownship(Set.of(shown.getValue()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> reports.countAtTownship(Set.of(shown.getValue())));
        grid.setEmptyStateText(getTranslation("officerReport.inbox.none"));
        grid.addItemClickListener(e -> {
            ReviewDialog dialog = new ReviewDialog(reports, summary, ReviewDialog.Desk.TOWNSHIP, e.getItem());
            if (e.getItem().getState() == ReportState.RETURNED || e.getItem().getState() == ReportState.ACCEPTED) {
                dialog.readOnly();
            }
            dialog.addOpenedChangeListener(opened -> refresh());
            dialog.open();
        });
        add(title, shown, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        title.setText(getTranslation("officerReport.inbox.title",
                reports.countAtTownship(Set.of(ReportState.FORWARDED))));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "nav.reportInbox";
    }
}
