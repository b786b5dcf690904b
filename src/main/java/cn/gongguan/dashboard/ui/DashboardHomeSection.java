package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Dashboards.State;
import cn.gongguan.dashboard.Dashboards.Unit;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The home page of the county's administrator and governance group, and of a township's administrator, points at the
 * dashboard first: the month's late items of the own unit (a dash when not counted yet, marked when stale) and a link.
 */
@org.springframework.stereotype.Component
@Order(5)
class DashboardHomeSection implements HomeSection {

    private final Dashboards dashboards;
    private final Today today;

    DashboardHomeSection(Dashboards dashboards, Today today) {
        this.dashboards = dashboards;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        Role role = CurrentUser.get().role();
        if (!Dashboards.COUNTY_READERS.contains(role) && !Dashboards.TOWNSHIP_READERS.contains(role)) {
            return Optional.empty();
        }
        YearMonth month = today.month();
        Unit own = new BoardScope(unit).board(dashboards, month).scope();
        Div card = new Div();
        card.setId("dashboard-card");
        card.addClassName("gg-figures");
        Span value = new Span(FigureText.late(own));
        value.setId("dashboard-card-late");
        value.addClassName("gg-figure-value");
        Span label = new Span(card.getTranslation("dashboard.home.late", month.toString()));
        label.addClassName("gg-figure-label");
        Div figure = new Div(value, label);
        figure.addClassName("gg-figure");
        if (own.state() != State.COUNTED) {
            figure.add(BoardGrid.badge(own.state(), card::getTranslation));
        }
        Anchor open = new Anchor(DashboardView.ROUTE, card.getTranslation("dashboard.home.open"));
        open.setId("dashboard-card-open");
        open.addClassName("gg-board-open");
        card.add(new H3(card.getTranslation("nav.dashboard")), figure, open);
        return Optional.of(card);
    }
}
