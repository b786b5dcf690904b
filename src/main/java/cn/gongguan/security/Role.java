package cn.gongguan.security;

import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.orgunit.OrgUnit;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user account may do. Each account has exactly one role, so nobody holds two of the three administrators'.
 * Who may create, grant, disable, unlock and reset an account of each role is settled in {@link RoleMatrix}.
 */
public enum Role implements Labelled {
    COUNTY_ADMIN(EnumSet.of(TenantKind.COUNTY)),
    COUNTY_GOVERNANCE(EnumSet.of(TenantKind.COUNTY)),
    TOWNSHIP_ADMIN(EnumSet.of(TenantKind.TOWNSHIP)),
    TOWNSHIP_STAFF(EnumSet.of(TenantKind.TOWNSHIP)),
    /** Level-1 information officer (一级信息员, the village's family-planning director): one village and its groups. */
    VILLAGE_OFFICER(EnumSet.of(TenantKind.TOWNSHIP)),
    /** Level-2 information officer (二级信息员, group leader or 中心户长): one village group of the township. */
    GROUP_OFFICER(EnumSet.of(TenantKind.TOWNSHIP)),
    COMMITTEE_CLERK(EnumSet.of(TenantKind.COMMITTEE)),
    /**
     * Department liaison (部门联络员) of a police station, construction, market management or labour office: takes part
     * in the county's joint operations they are named in, and sees no personal record.
     */
    LIAISON(EnumSet.of(TenantKind.COUNTY)),
    /**
     * Department verifier (部门核验员) at a permit counter of the police, market regulation, health, construction or
     * labour office: looks up an ID number's marriage-and-childbearing certificate state, and nothing else.
     */
    VERIFIER(EnumSet.of(TenantKind.COUNTY)),
    /** Creates and disables the accounts of the own unit, and the administrators' of the units below. */
    SYSTEM_ADMIN(EnumSet.allOf(TenantKind.class)),
    /** Grants roles, unlocks, resets passwords and second factors; keeps the unit's security settings. */
    SECURITY_ADMIN(EnumSet.allOf(TenantKind.class)),
    /** Reads the audit trail of the own unit, and nothing else; the only role that does. */
    AUDIT_ADMIN(EnumSet.allOf(TenantKind.class));

    /** Names for {@code @RolesAllowed}, which needs constants. */
    public static final String COUNTY_ADMIN_NAME = "COUNTY_ADMIN";
    public static final String COUNTY_GOVERNANCE_NAME = "COUNTY_GOVERNANCE";
    public static final String TOWNSHIP_ADMIN_NAME = "TOWNSHIP_ADMIN";
    public static final String TOWNSHIP_STAFF_NAME = "TOWNSHIP_STAFF";
    public static final String VILLAGE_OFFICER_NAME = "VILLAGE_OFFICER";
    public static final String GROUP_OFFICER_NAME = "GROUP_OFFICER";
    public static final String COMMITTEE_CLERK_NAME = "COMMITTEE_CLERK";
    public static final String LIAISON_NAME = "LIAISON";
    public static final String VERIFIER_NAME = "VERIFIER";
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

    /** The roles whose accounts may open sealed personal information (the reproductive-health archive). */
    public static final Set<Role> SEALED_READERS = Collections.unmodifiableSet(
            EnumSet.of(TOWNSHIP_ADMIN, TOWNSHIP_STAFF, COMMITTEE_CLERK));

    /**
     * The information officers (信息员) of both levels: each account is scoped to one org unit of the township
     * ({@link GongguanUser#orgUnit()}) and works on what lies in it.
     */
    public static final Set<Role> OFFICERS = Collections.unmodifiableSet(EnumSet.of(VILLAGE_OFFICER, GROUP_OFFICER));

    /** The three administrators (三员): appointed from the unit above, never by a business role. */
    public static final Set<Role> ADMINISTRATORS = Collections.unmodifiableSet(
            EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN));

    /** Whether an account of this role may be scoped to the unit: a level-1 officer to a village, a level-2 to a group. */
    public boolean mayBeScopedTo(OrgUnit unit) {
        return switch (this) {
            case VILLAGE_OFFICER -> !unit.isGroup();
            case GROUP_OFFICER -> unit.isGroup();
            default -> false;
        };
    }

    /** Whether an account of this role speaks for a department, which it gets when it is created. */
    public boolean speaksForDepartment() {
        return this == LIAISON || this == VERIFIER;
    }

    public boolean isAdministrator() {
        return ADMINISTRATORS.contains(this);
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
