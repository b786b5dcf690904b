package cn.gongguan.security;

import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantKind;
import java.util.EnumSet;
import java.util.Set;

/** What a user account may do. Each account has exactly one role, so nobody holds two of the three administrators'. */
public enum Role implements Labelled {
    COUNTY_ADMIN(EnumSet.of(TenantKind.COUNTY)),
    COUNTY_GOVERNANCE(EnumSet.of(TenantKind.COUNTY)),
    TOWNSHIP_ADMIN(EnumSet.of(TenantKind.TOWNSHIP)),
    TOWNSHIP_STAFF(EnumSet.of(TenantKind.TOWNSHIP)),
    /** Scoped to one village or community of the township. */
    VILLAGE_OFFICER(EnumSet.of(TenantKind.TOWNSHIP)),
    COMMITTEE_CLERK(EnumSet.of(TenantKind.COMMITTEE)),
    /** Users and roles of the own tenant. */
    SYSTEM_ADMIN(EnumSet.allOf(TenantKind.class)),
    /** Security settings and locked accounts of the own tenant. */
    SECURITY_ADMIN(EnumSet.allOf(TenantKind.class)),
    /** Reads the audit trail of the own tenant. */
    AUDIT_ADMIN(EnumSet.allOf(TenantKind.class));

    /** Names for {@code @RolesAllowed}, which needs constants. */
    public static final String COUNTY_ADMIN_NAME = "COUNTY_ADMIN";
    public static final String TOWNSHIP_ADMIN_NAME = "TOWNSHIP_ADMIN";
    public static final String TOWNSHIP_STAFF_NAME = "TOWNSHIP_STAFF";
    public static final String VILLAGE_OFFICER_NAME = "VILLAGE_OFFICER";
    public static final String COMMITTEE_CLERK_NAME = "COMMITTEE_CLERK";
    public static final String SYSTEM_ADMIN_NAME = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN_NAME = "SECURITY_ADMIN";
    public static final String AUDIT_ADMIN_NAME = "AUDIT_ADMIN";

    private final Set<TenantKind> tenantKinds;

    Role(Set<TenantKind> tenantKinds) {
        this.tenantKinds = tenantKinds;
    }

    public boolean allowedIn(TenantKind kind) {
        return tenantKinds.contains(kind);
    }

    /** The roles that manage the user accounts of their own tenant. */
    public boolean managesUsers() {
        return this == COUNTY_ADMIN || this == TOWNSHIP_ADMIN || this == SYSTEM_ADMIN;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The translation key of the role's name. */
    @Override
    public String labelKey() {
        return "role." + name();
    }
}
