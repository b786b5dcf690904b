package cn.gongguan.ui;

import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import org.springframework.stereotype.Component;

/**
 * Before any view opens, checks that the user's tenant is usable; if it is still being prepared or failed to migrate,
 * the user is taken to a page that says so instead, and no view touches the tenant's schema.
 */
@Component
class TenantGuard implements BeforeEnterListener {

    private final TenantRegistry registry;

    TenantGuard(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == TenantUnavailableView.class) {
            return;
        }
        CurrentUser.find()
                .filter(user -> !registry.find(user.tenant()).map(Tenant::isReady).orElse(false))
                .ifPresent(user -> event.rerouteTo(TenantUnavailableView.class));
    }
}
