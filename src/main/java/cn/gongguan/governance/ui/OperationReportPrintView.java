package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Progress;
import cn.gongguan.governance.Operation;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A joint operation's closing report on paper (A4): its title, period, lead, the county's summary, the totals and the
 * table per township as the progress page shows it, without the application frame. Counts only.
 */
@Route(value = OperationReportPrintView.ROUTE, autoLayout = false)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
public class OperationReportPrintView extends PrintPage implements BeforeEnterObserver {

    static final String ROUTE = "operations/:id/print";

    private final transient JointOperations operations;
    private final transient Today today;

    OperationReportPrintView(JointOperations operations, Today today) {
        this.operations = operations;
        this.today = today;
        document.addClassName("gg-board-print");
    }

    static String route(long id) {
        return "operations/" + id + "/print";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        document.removeAll();
        try {
            long id = event.getRouteParameters().getLong("id").orElseThrow(() -> new AccessDeniedException("No id"));
            show(operations.progress(id));
            operations.reported(id, "printed");
        } catch (AccessDeniedException e) {
            event.forwardTo(JointOperationsView.class);
        }
    }

    private void show(Progress progress) {
        Operation operation = progress.operation();
        Paragraph summary = new Paragraph(getTranslation("operation.summary") + "："
                + (operation.summary() == null ? getTranslation("operation.summary.none") : operation.summary()));
        summary.setId("report-summary");
        document.add(new H1(titled(getTranslation("operation.report.title", operation.title()))),
                new Paragraph(getTranslation("operation.period") + "：" + OperationLabels.period(operation)
                        + " · " + getTranslation("operation.lead") + "：" + operation.lead()),
                new Paragraph(getTranslation("operation.report.printed", today.date().toString())),
                summary, table(progress));
    }

    private NativeTable table(Progress progress) {
        NativeTable table = new NativeTable();
        table.setId("report-table");
        table.addClassName("gg-board-table");
        NativeTableRow header = table.getHead().addRow();
        OperationReportWorkbook.HEADERS.forEach(key -> header.addHeaderCell().setText(getTranslation(key)));
        row(table, OperationReportWorkbook.totals(this::getTranslation, progress));
        progress.townships().forEach(township -> row(table,
                OperationReportWorkbook.row(this::getTranslation, getLocale(), township)));
        return table;
    }

    private static void row(NativeTable table, List<Object> values) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(values.getFirst().toString());
        values.stream().skip(1).forEach(value -> row.addDataCell().setText(value == null ? "" : value.toString()));
    }
}
