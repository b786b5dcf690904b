package cn.gongguan.ui;

import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** Shown instead of every view while the user's tenant is being prepared or failed to migrate: it says why. */
@Route("unavailable")
@PermitAll
public class TenantUnavailableView extends Div implements HasDynamicTitle {

    TenantUnavailableView(TenantRegistry registry) {
        var tenant = registry.find(CurrentUser.get().tenant()).orElseThrow();
        setId("tenant-unavailable");
        addClassName("gg-unavailable");
        add(new Paragraph(getTranslation("tenant.unavailable." + tenant.status())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
