package cn.gongguan.uikit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Logs an unexpected error and tells the user, in their language, without losing what is on the screen. */
public class UiErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        boolean denied = hasCause(error, AccessDeniedException.class);
        if (denied) {
            log.warn("Access denied: {}", error.getMessage());
        } else {
            log.error("Unexpected error in the UI", error);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(
                        ui.getTranslation(denied ? "error.accessDenied" : "error.unexpected"), 8000,
                        Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
