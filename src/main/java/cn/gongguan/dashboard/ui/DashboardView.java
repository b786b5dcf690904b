package cn.gongguan.dashboard.ui;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The user's own dashboard: the county's board of its townships and residents' committees for the county's
 * administrator and governance group, a township's board of its villages, groups and committees for its administrator;
 * under it the sections features add ({@link BoardSection}).
 */
@Route(DashboardView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.TOWNSHIP_ADMIN_NAME})
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
public class DashboardView extends BoardView implements BeforeEnterObserver {

    static final String ROUTE = "dashboard";

    private final transient ObjectProvider<BoardSection> sections;

    DashboardView(Dashboards dashboards, Today today, ObjectProvider<BoardSection> sections) {
        super(dashboards, today);
        this.sections = sections;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TenantCode own = CurrentUser.get().tenant();
        show(new BoardScope(own), event);
        sections.orderedStream().forEach(section -> section.create(own).ifPresent(this::add));
    }
}
