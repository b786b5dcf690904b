package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Dashboards.Board;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.PrintPage;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * A board on paper (A4 landscape): its title and month, the table as the screen shows it (the total first, the units
 * most behind first, a dash where there is no figure) and the charts, without the application frame.
 */
@Route(value = DashboardPrintView.ROUTE_BASE + ":code/:month", autoLayout = false)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.TOWNSHIP_ADMIN_NAME})
public class DashboardPrintView extends PrintPage implements BeforeEnterObserver {

    static final String ROUTE_BASE = DashboardView.ROUTE + "/print/";
    /** The query parameter naming the figure the charts show, as chosen on the screen. */
    static final String FIGURE = "figure";

    private final transient Dashboards dashboards;
    private final transient Today today;

    DashboardPrintView(Dashboards dashboards, Today today) {
        this.dashboards = dashboards;
        this.today = today;
        document.addClassName("gg-board-print");
    }

    static String route(TenantCode code, YearMonth month) {
        return ROUTE_BASE + code + "/" + month;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        document.removeAll();
        try {
            YearMonth month = YearMonth.parse(event.getRouteParameters().get("month").orElse(""));
            BoardScope scope = new BoardScope(TenantCode.of(code));
            // a county's code names the user's own county board only; the service refuses another's unit
            if (!BoardPanel.months(today.month()).contains(month)
                    || scope.county() && !scope.code().equals(CurrentUser.get().tenant())) {
                throw new AccessDeniedException("Not a board the user may print: " + code + " " + month);
            }
            Figure charted = event.getLocation().getQueryParameters().getSingleParameter(FIGURE)
                    .map(Figure::valueOf).orElse(BoardPanel.CHARTED);
            show(scope.board(dashboards, month), scope.trend(dashboards, month), charted);
        } catch (IllegalArgumentException | DateTimeParseException | AccessDeniedException e) {
            event.forwardTo(DashboardView.class);
        }
    }

    private void show(Board board, List<Unit> trend, Figure charted) {
        Div charts = new Div();
        charts.addClassName("gg-board-charts");
        charts.add(BoardCharts.of(board, trend, charted, this::getTranslation, unit -> false, unit -> {
        }).toArray(Component[]::new));
        document.add(new H1(titled(getTranslation("dashboard.title", board.scope().name(), board.month().toString()))),
                new Paragraph(getTranslation("dashboard.print.printed", today.date().toString())), table(board),
                charts);
    }

    private NativeTable table(Board board) {
        NativeTable table = new NativeTable();
        table.setId("dashboard-print-table");
        table.addClassName("gg-board-table");
        NativeTableRow header = table.getHead().addRow();
        for (String key : new String[] {"dashboard.column.unit", "dashboard.column.kind", "dashboard.column.state",
                "dashboard.column.late"}) {
            header.addHeaderCell().setText(getTranslation(key));
        }
        for (Figure figure : Figure.values()) {
            header.addHeaderCell().setText(getTranslation(figure.labelKey()));
        }
        row(table, board.scope(), getTranslation("dashboard.total", board.scope().name()));
        board.units().forEach(unit -> row(table, unit, unit.name()));
        return table;
    }

    private void row(NativeTable table, Unit unit, String name) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(name);
        row.addDataCell().setText(getTranslation(unit.kind().labelKey()));
        row.addDataCell().setText(getTranslation(unit.state().labelKey()));
        row.addDataCell().setText(FigureText.late(unit));
        for (Figure figure : Figure.values()) {
            row.addDataCell().setText(FigureText.of(unit, figure));
        }
    }
}
