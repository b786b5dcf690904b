package cn.gongguan.security.audit;

import cn.gongguan.platform.TenantCode;
import java.time.Instant;

/**
 * One entry of the append-only audit trail: who did what, when, to which subject.
 *
 * @param tenant null for a failed login with an unknown user name
 */
public record AuditEvent(long id, Instant at, TenantCode tenant, String actor, AuditAction action, String subject,
                         String detail, String remoteAddress) {
}
