package cn.gongguan.county;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.UserAdministration;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The county's view over its tree: every tenant with its provisioning status and figures. It reads the registry and
 * the rollup rows — two queries whatever the number of tenants — and never a tenant's schema.
 */
@Service
public class CountyOverview {

    private final TenantRegistry registry;
    private final Rollups rollups;

    CountyOverview(TenantRegistry registry, Rollups rollups) {
        this.registry = registry;
        this.rollups = rollups;
    }

    public List<TenantFigures> tenants() {
        TenantCode county = CurrentUser.get().tenant();
        if (county.kind() != TenantKind.COUNTY) {
            throw new AccessDeniedException("Only a county sees its tree");
        }
        Map<TenantCode, Long> orgUnits = rollups.valuesIn(county, OrgUnits.INDICATOR, Rollups.CURRENT);
        Map<TenantCode, Long> users = rollups.valuesIn(county, UserAdministration.INDICATOR, Rollups.CURRENT);
        return registry.subtree(county).stream()
                .map(t -> new TenantFigures(t, orgUnits.getOrDefault(t.code(), 0L), users.getOrDefault(t.code(), 0L)))
                .toList();
    }
}
