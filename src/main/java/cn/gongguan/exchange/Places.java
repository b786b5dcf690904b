package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names the place a message goes to: a tenant of this system by its own name, any other by its full division name.
 * Grids ask this for every row, so the tenants' names are held in memory and read again every few minutes (tenants
 * change only when the tenant files do).
 */
@Component
public class Places {

    private static final Duration FRESH = Duration.ofMinutes(5);

    private final TenantRegistry tenants;
    private final Divisions divisions;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<TenantCode, String> names, long readAt) {
    }

    private final JdbcClient jdbc;

    Places(TenantRegistry tenants, Divisions divisions, JdbcClient jdbc) {
        this.tenants = tenants;
        this.divisions = divisions;
        this.jdbc = jdbc;
    }

    public String name(String code) {
        return tenant(code)
                .or(() -> divisions.find(code).map(Division::fullName))
                .orElse(code);
    }

    /** Whether the place works in this system (else it is reached through the national exchange platform). */
    public boolean isTenant(String code) {
        // asked by the database: inside a tenant's transaction the tenant's role may not read the registry
        return Boolean.TRUE.equals(jdbc.sql("select platform.is_tenant(?)").param(code).query(Boolean.class).single());
    }

    private Optional<String> tenant(String code) {
        return TenantCode.isValid(code) ? Optional.ofNullable(names().get(TenantCode.of(code))) : Optional.empty();
    }

    private Map<TenantCode, String> names() {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.readAt() > FRESH.toNanos()) {
            current = new Snapshot(Map.copyOf(tenants.names()), System.nanoTime());
            snapshot = current;
        }
        return current.names();
    }
}
