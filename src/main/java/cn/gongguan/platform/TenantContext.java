package cn.gongguan.platform;

import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.MDC;

/**
 * The tenant the current thread works for. Bound in one place per unit of work (a request, a job step) together
 * with the logging context, and always cleared when that unit ends. Reading it with nothing bound fails loudly:
 * there is never a default tenant.
 */
public final class TenantContext {

    private static final String MDC_KEY = "tenant";
    private static final ThreadLocal<TenantCode> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static TenantCode current() {
        TenantCode tenant = CURRENT.get();
        if (tenant == null) {
            throw new NoTenantBoundException();
        }
        return tenant;
    }

    public static Optional<TenantCode> find() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Binds the tenant until the returned scope is closed, which restores what was bound before:
     * {@code try (var scope = TenantContext.enter(code)) { ... }}.
     */
    public static Scope enter(TenantCode tenant) {
        TenantCode previous = CURRENT.get();
        set(tenant);
        return () -> set(previous);
    }

    public static <T> T callAs(TenantCode tenant, Supplier<T> work) {
        try (Scope ignored = enter(tenant)) {
            return work.get();
        }
    }

    public static void runAs(TenantCode tenant, Runnable work) {
        try (Scope ignored = enter(tenant)) {
            work.run();
        }
    }

    private static void set(TenantCode tenant) {
        if (tenant == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            CURRENT.set(tenant);
            MDC.put(MDC_KEY, tenant.value());
        }
    }

    /** A bound tenant; closing it never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
