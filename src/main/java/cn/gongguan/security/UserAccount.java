package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import java.time.Instant;

/** A user account as listed to the administrators (never with its password hash or second-factor secret). */
public record UserAccount(long id, String username, String displayName, TenantCode tenant, Role role, String orgUnit,
                          AccountStatus status, Instant createdAt, String createdBy, boolean secondFactorEnrolled) {

    public boolean active() {
        return status == AccountStatus.ACTIVE;
    }
}
