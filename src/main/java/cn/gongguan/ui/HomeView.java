package cn.gongguan.ui;

import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.HomeSection;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** The first page after login: who and where the user is, then the sections the features contribute for them. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends VerticalLayout implements TranslatedTitle, BeforeEnterObserver {

    /** A department verifier's only page (certificate.ui.VerifyView): they have no home page to see. */
    private static final String VERIFIER_PAGE = "verify";

    HomeView(TenantRegistry registry, ObjectProvider<HomeSection> sections) {
        GongguanUser user = CurrentUser.get();
        addClassName("gg-page");
        if (user.role() == Role.VERIFIER) {
            return;
        }
        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        add(welcome, new Paragraph(getTranslation("home.intro." + user.tenant().kind())), facts(registry, user));
        sections.orderedStream().map(section -> section.create(user.tenant())).flatMap(Optional::stream)
                .forEach(this::add);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.get().role() == Role.VERIFIER) {
            event.forwardTo(VERIFIER_PAGE);
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
    public String titleKey() {
        return "nav.home";
    }
}
