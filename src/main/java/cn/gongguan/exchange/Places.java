package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
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
    private final AtomicBoolean refreshing = new AtomicBoolean();

    private record Snapshot(Map<TenantCode, String> names, long readAt) {
    }

    Places(TenantRegistry tenants, Divisions divisions) {
        this.tenants = tenants;
        this.divisions = divisions;
    }

    public String name(String code) {
        return tenant(code)
                .or(() -> divisions.find(code).map(Division::fullName))
                .orElse(code);
    }

    /** Whether the place works in this system (else it is reached through the national exchange platform). */
    public boolean isTenant(String code) {
        return tenant(code).isPresent();
    }

    /** Whether the code names a division of China (a place a message may go to through the national platform). */
    public boolean isDivision(String code) {
        return divisions.find(code).isPresent();
    }

    private Optional<String> tenant(String code) {
        return TenantCode.isValid(code) ? Optional.ofNullable(names().get(TenantCode.of(code))) : Optional.empty();
    }

    private Map<TenantCode, String> names() {
        Snapshot current = snapshot;
        if (current == null) {
            current = read().join();
        } else if (System.nanoTime() - current.readAt() > FRESH.toNanos() && refreshing.compareAndSet(false, true)) {
            // one refresh at a time, in the background: a request never waits for it, it uses the names it has
            read().whenComplete((names, failure) -> refreshing.set(false));
        }
        return current.names();
    }

    /**
     * Reads the names anew. Asked inside a tenant's transaction too (sending, answering), whose connection runs as the
     * tenant's role, which may not read the tenant table: the names are read on another thread, hence another
     * connection.
     */
    private CompletableFuture<Snapshot> read() {
        return CompletableFuture.supplyAsync(() -> {
            Snapshot read = new Snapshot(Map.copyOf(tenants.names()), System.nanoTime());
            snapshot = read;
            return read;
        });
    }
}
