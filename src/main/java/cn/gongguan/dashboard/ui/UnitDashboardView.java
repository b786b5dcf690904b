package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.security.access.AccessDeniedException;

/**
 * The board of one township or residents' committee of the county's tree, its villages, communities, groups and
 * committees, opened by the county from its own board, with a breadcrumb back up. A board the user may not read (another
 * township's, for a township administrator) is refused: the user lands on their own board and is told.
 */
@Route(UnitDashboardView.ROUTE_BASE + ":code")
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.TOWNSHIP_ADMIN_NAME})
public class UnitDashboardView extends BoardView implements BeforeEnterObserver {

    static final String ROUTE_BASE = DashboardView.ROUTE + "/";

    private final transient TenantRegistry tenants;

    UnitDashboardView(Dashboards dashboards, Today today, TenantRegistry tenants) {
        super(dashboards, today);
        this.tenants = tenants;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GongguanUser user = CurrentUser.get();
        String code = event.getRouteParameters().get("code").orElse("");
        if (TenantCode.isValid(code) && TenantCode.of(code).equals(user.tenant())
                && !Dashboards.TOWNSHIP_READERS.contains(user.role())) {
            event.forwardTo(DashboardView.class);
            return;
        }
        try {
            if (!TenantCode.isValid(code) || new BoardScope(TenantCode.of(code)).county()) {
                throw new AccessDeniedException("Not a township's or committee's board: " + code);
            }
            TenantCode unit = TenantCode.of(code);
            show(new BoardScope(unit), event);
            addComponentAsFirst(breadcrumb(user, unit, month(event)));
        } catch (AccessDeniedException refused) {
            event.forwardTo(DashboardView.class);
            Notification.show(getTranslation("error.accessDenied"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The way back up to the user's own board: the county's, the township above a committee, then this unit. */
    private Nav breadcrumb(GongguanUser user, TenantCode unit, YearMonth month) {
        Nav nav = new Nav();
        nav.setId("dashboard-breadcrumb");
        nav.addClassName("gg-breadcrumb");
        if (unit.equals(user.tenant())) {
            nav.setVisible(false);
            return nav;
        }
        Deque<Tenant> path = new ArrayDeque<>();
        for (Tenant at = tenants.find(unit).orElseThrow(() -> new AccessDeniedException("No such unit: " + unit));
             at != null; at = at.code().equals(user.tenant()) || at.parent() == null ? null
                     : tenants.find(at.parent()).orElse(null)) {
            path.push(at);
        }
        String query = "?" + MONTH + "=" + month;
        for (Tenant step : path) {
            if (step.code().equals(unit)) {
                nav.add(new Span(step.name()));
            } else {
                String route = step.code().equals(user.tenant()) ? DashboardView.ROUTE : ROUTE_BASE + step.code();
                nav.add(new Anchor(route + query, step.name()), new Span(" › "));
            }
        }
        return nav;
    }
}
