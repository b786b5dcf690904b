package cn.gongguan.exchange;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the place a message goes to: a tenant of this system by its own name, any other by its full division name. */
@Component
public class Places {

    private final TenantRegistry tenants;
    private final Divisions divisions;

    Places(TenantRegistry tenants, Divisions divisions) {
        this.tenants = tenants;
        this.divisions = divisions;
    }

    public String name(String code) {
        return tenant(code).map(Tenant::name)
                .or(() -> divisions.find(code).map(Division::fullName))
                .orElse(code);
    }

    /** Whether the place works in this system (else it is reached through the national exchange platform). */
    public boolean isTenant(String code) {
        return tenant(code).isPresent();
    }

    private Optional<Tenant> tenant(String code) {
        return TenantCode.isValid(code) ? tenants.find(TenantCode.of(code)) : Optional.empty();
    }
}
