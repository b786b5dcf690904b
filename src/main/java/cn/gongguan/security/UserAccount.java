package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import java.time.Instant;

/** A user account as listed to the administrators of its tenant (never with its password hash). */
public record UserAccount(long id, String username, String displayName, TenantCode tenant, Role role, String orgUnit,
                          boolean enabled, Instant createdAt, String createdBy) {
}
