package cn.gongguan.security.ui;

import cn.gongguan.security.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Before any view opens for a login with steps left (a new password, the second factor), takes it to the step page:
 * "before anything else opens". Such a login is no {@link cn.gongguan.security.GongguanUser}, so no service would
 * work for it anyway; this keeps the user from meeting refusals instead of the step.
 */
@Component
class LoginStepGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (CurrentUser.pending().isPresent() && target != LoginStepView.class && target != LoginView.class) {
            event.rerouteTo(LoginStepView.class);
        }
    }
}
