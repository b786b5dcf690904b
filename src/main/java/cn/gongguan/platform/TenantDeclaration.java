package cn.gongguan.platform;

import java.util.List;

/**
 * One tenant as a tenant tree file declares it.
 *
 * @param parent null for a county, the root of its tree
 * @param units  the villages and communities inside it (organisational units, not tenants), with their groups
 * @param source the file and line that declare it, for messages
 */
public record TenantDeclaration(TenantCode code, String name, TenantCode parent, List<OrgUnitDeclaration> units,
                                String source) {

    public TenantDeclaration {
        units = List.copyOf(units);
    }

    public TenantKind kind() {
        return code.kind();
    }

    /** A village or community inside a tenant, with the village groups the file declares below it. */
    public record OrgUnitDeclaration(String code, String name, List<GroupDeclaration> groups) {

        public OrgUnitDeclaration {
            groups = List.copyOf(groups);
        }

        public OrgUnitDeclaration(String code, String name) {
            this(code, name, List.of());
        }

        /** Residents' committees and communities are named 社区 or 居委会; every other unit is a village. */
        public boolean isCommunity() {
            return name.endsWith("社区") || name.contains("居委会") || name.contains("居民委员会");
        }
    }

    /** A village group (村民小组): its code is the village's 12 digits and a 3-digit group number. */
    public record GroupDeclaration(String code, String name) {
    }
}
