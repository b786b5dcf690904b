package cn.gongguan.ui;

import cn.gongguan.county.ui.CountyTenantsPanel;
import cn.gongguan.housing.ui.HousingPanel;
import cn.gongguan.platform.orgunit.ui.OrgUnitsPanel;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

/** The first page after login, by the kind of tenant: the county sees its tree, a township its villages. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(TenantRegistry registry, ObjectProvider<CountyTenantsPanel> countyPanel,
             ObjectProvider<OrgUnitsPanel> orgUnitsPanel, ObjectProvider<HousingPanel> housingPanel) {
        GongguanUser user = CurrentUser.get();
        addClassName("gg-page");
        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        add(welcome, new Paragraph(getTranslation("home.intro." + user.tenant().kind())), facts(registry, user),
                housingPanel.getObject().of(user.tenant()));
        switch (user.tenant().kind()) {
            case COUNTY -> add(countyPanel.getObject());
            case TOWNSHIP -> add(orgUnitsPanel.getObject());
            case COMMITTEE -> { }
        }
    }

    /** The unit's division code and, below the county, the unit it belongs to. */
    private Paragraph facts(TenantRegistry registry, GongguanUser user) {
        Tenant tenant = registry.find(user.tenant()).orElseThrow();
        String facts = getTranslation("home.code", tenant.code().value());
        if (tenant.parent() != null) {
            facts += " · " + getTranslation("home.parent",
                    registry.find(tenant.parent()).map(Tenant::name).orElse(tenant.parent().value()));
        }
        Paragraph paragraph = new Paragraph(facts);
        paragraph.setId("unit-facts");
        paragraph.addClassName("gg-facts");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " · " + getTranslation("app.name");
    }
}
