package cn.gongguan.ui;

import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.LoginSteps;
import cn.gongguan.security.ui.MyAccountView;
import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.MenuBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view after login: the tenant's name, the user with their role, a navigation menu holding
 * only what the role may open (with the counts features give for their entries, fresh after each navigation), the
 * language switch and logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<MenuBadge> badges;
    private final Tenant tenant;
    private final Map<String, SideNavItem> items = new HashMap<>();

    MainLayout(AuthenticationContext authentication, TenantRegistry registry, LoginSteps steps,
               ObjectProvider<MenuBadge> badges) {
        this.authentication = authentication;
        this.badges = badges.orderedStream().toList();
        GongguanUser user = CurrentUser.get();
        this.tenant = registry.find(user.tenant()).orElseThrow();
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), userMenu(user));
        addToDrawer(brand(), navigation());
        steps.passwordExpiryWarning().ifPresent(day -> Notification.show(
                getTranslation("password.expiresOn", day.toString()), 8000, Notification.Position.TOP_CENTER));
    }

    private Component title() {
        H1 name = new H1(tenant.name());
        name.setId("tenant-name");
        name.addClassName("gg-tenant-name");
        Span kind = new Span(getTranslation("tenant.kind." + tenant.kind()));
        kind.addClassName("gg-tenant-kind");
        HorizontalLayout title = new HorizontalLayout(name, kind);
        title.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        title.addClassName("gg-title");
        return title;
    }

    private Component userMenu(GongguanUser user) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addClassName("gg-user-menu");
        Span role = new Span(" · " + getTranslation(user.role().labelKey()));
        role.addClassName("gg-user-role");
        Span who = new Span(new Span(user.displayName()), role);
        var root = menu.addItem(who).getSubMenu();
        root.addItem(getTranslation("nav.account"), e -> UI.getCurrent().navigate(MyAccountView.class));
        root.addItem(getTranslation("language.switchTo"), e -> LocalePreference.switchTo(LocalePreference.other(getLocale())));
        root.addItem(getTranslation("logout"), e -> authentication.logout());
        return menu;
    }

    private Component brand() {
        Div brand = new Div(new Span(getTranslation("app.name")), new Span(getTranslation("app.subtitle")));
        brand.addClassName("gg-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        // a view whose route lies below another's (six-ones/certificates below six-ones) is nested under it
        Map<String, SideNavItem> topLevel = new HashMap<>();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            String path = entry.path().replaceFirst("^/", "");
            items.put(path, item);
            SideNavItem parent = path.contains("/") ? topLevel.get(path.substring(0, path.indexOf('/'))) : null;
            if (parent == null) {
                topLevel.put(path, item);
                nav.addItem(item);
            } else {
                parent.addItem(item);
            }
        }
        return nav;
    }

    /** The menu's counts as they stand now: after an answer, the next page shows one fewer waiting. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        for (MenuBadge badge : badges) {
            SideNavItem item = items.get(badge.path());
            if (item != null) {
                item.setSuffixComponent(badge.count().stream().mapToObj(count -> {
                    Span span = new Span(String.valueOf(count));
                    span.setId("menu-count-" + badge.path().replace('/', '-'));
                    span.getElement().getThemeList().add("badge pill small primary");
                    return span;
                }).findFirst().orElse(null));
            }
        }
    }
}
