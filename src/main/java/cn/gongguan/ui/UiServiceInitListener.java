package cn.gongguan.ui;

import cn.gongguan.uikit.LocalePreference;
import cn.gongguan.uikit.UiErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Starts every session in the user's language with the error handler that speaks it, and guards every navigation
 * against a tenant that is not usable.
 */
@Component
class UiServiceInitListener implements VaadinServiceInitListener {

    private final TenantGuard tenantGuard;

    UiServiceInitListener(TenantGuard tenantGuard) {
        this.tenantGuard = tenantGuard;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(LocalePreference.of(init.getRequest()));
            init.getSession().setErrorHandler(new UiErrorHandler());
        });
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(tenantGuard));
    }
}
