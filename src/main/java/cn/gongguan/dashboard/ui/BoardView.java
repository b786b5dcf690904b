package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What the county's and the townships' dashboard pages share: a board of a scope in the month the address names
 * ({@code ?month=2026-11}, one the chooser offers; else the current one), whose units open their own boards in the same
 * month: any township or committee for the county, its own committees for a township.
 */
abstract class BoardView extends VerticalLayout implements TranslatedTitle {

    static final String MONTH = "month";

    private final transient Dashboards dashboards;
    private final transient Today today;
    BoardPanel panel;

    BoardView(Dashboards dashboards, Today today) {
        this.dashboards = dashboards;
        this.today = today;
        addClassName("gg-page");
    }

    /** Shows the scope's board in the month the address asks for; the service refuses a board not the user's. */
    void show(BoardScope scope, BeforeEnterEvent event) {
        boolean county = Dashboards.COUNTY_READERS.contains(CurrentUser.get().role());
        BoardPanel shown = new BoardPanel(dashboards, scope, today.month(),
                unit -> county ? unit.kind().drillsDown() : unit.kind() == Dashboards.UnitKind.COMMITTEE,
                BoardView::open);
        shown.show(month(event));
        removeAll();
        add(panel = shown);
    }

    /** The month of the address, when the chooser offers it; else the current month. */
    YearMonth month(BeforeEnterEvent event) {
        YearMonth current = today.month();
        try {
            return event.getLocation().getQueryParameters().getSingleParameter(MONTH).map(YearMonth::parse)
                    .filter(BoardPanel.months(current)::contains).orElse(current);
        } catch (DateTimeParseException e) {
            return current;
        }
    }

    private static void open(Unit unit, YearMonth month) {
        UI.getCurrent().navigate(UnitDashboardView.ROUTE_BASE + unit.code(), QueryParameters.of(MONTH, month.toString()));
    }

    @Override
    public String titleKey() {
        return "nav.dashboard";
    }
}
