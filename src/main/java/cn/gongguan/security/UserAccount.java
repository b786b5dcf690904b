package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.time.Instant;

/**
 * A user account as listed to the administrators (never with its password hash or second-factor secret).
 *
 * @param requestedBy who last made it pending (created it, asked for its re-enabling or a new role): the security
 *                    administrator who grants it must be someone else
 * @param version     how often administrators changed the account (granted, disabled, asked for a role): an act on an
 *                    older version than the stored one is refused as saved meanwhile
 * @param department  the department a liaison speaks for (null for every other role)
 */
public record UserAccount(long id, String username, String displayName, TenantCode tenant, Role role, String orgUnit,
                          AccountStatus status, Instant createdAt, String createdBy, String requestedBy,
                          boolean secondFactorEnrolled, long version, Department department) {

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
