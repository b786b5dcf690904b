package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.TenantDeclaration;
import cn.gongguan.platform.TenantDeclaration.OrgUnitDeclaration;
import cn.gongguan.platform.TenantInitializer;
import cn.gongguan.platform.rollup.Rollups;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bound tenant's villages and communities. They come from the tenant tree file: provisioning adds and renames
 * them, and deactivates those no longer declared (never deletes them, as records will point at them).
 */
@Service
public class OrgUnits implements TenantInitializer {

    /** Rollup indicator: the tenant's active villages and communities. */
    public static final String INDICATOR = "org_units";

    private final OrgUnitRepository repository;
    private final Rollups rollups;

    OrgUnits(OrgUnitRepository repository, Rollups rollups) {
        this.repository = repository;
        this.rollups = rollups;
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> active() {
        return repository.findByActiveTrueOrderByCode();
    }

    @Transactional(readOnly = true)
    public Optional<OrgUnit> find(String code) {
        return repository.findById(code).filter(OrgUnit::isActive);
    }

    @Override
    @Transactional
    public void initialize(TenantDeclaration declaration) {
        Map<String, OrgUnit> existing = repository.findAll().stream()
                .collect(Collectors.toMap(OrgUnit::getCode, Function.identity()));
        for (OrgUnitDeclaration declared : declaration.units()) {
            OrgUnit.Kind kind = declared.isCommunity() ? OrgUnit.Kind.COMMUNITY : OrgUnit.Kind.VILLAGE;
            OrgUnit unit = existing.remove(declared.code());
            if (unit == null) {
                repository.save(new OrgUnit(declared.code(), declared.name(), kind));
            } else {
                unit.update(declared.name(), kind);
            }
        }
        existing.values().forEach(OrgUnit::deactivate);
        repository.flush();
        rollups.set(INDICATOR, Rollups.CURRENT, repository.countByActiveTrue());
    }
}
