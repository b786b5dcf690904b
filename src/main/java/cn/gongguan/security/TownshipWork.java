package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import com.vaadin.flow.internal.CurrentInstance;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that a township does by itself, with no user of it at hand (a job, or right after another tenant's
 * transaction): the township bound, and as its staff named {@code actor}, so that the work goes through the
 * township's own services, rules and audit. Whatever was bound before (a liaison's login, no login) is restored.
 */
public final class TownshipWork {

    private TownshipWork() {
    }

    public static <T> T callAs(TenantCode township, String actor, Supplier<T> work) {
        GongguanUser user = GongguanUser.townshipWork(township, actor);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // inside a browser request the Vaadin-aware holder answers with the session's login (the liaison's): step out
        // of the request's Vaadin instances for the work, so that the holder answers with the township's staff
        Map<Class<?>, CurrentInstance> request = CurrentInstance.getInstances();
        CurrentInstance.clearAll();
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(township, work);
        } finally {
            SecurityContextHolder.setContext(previous);
            CurrentInstance.restoreInstances(request);
        }
    }
}
