package cn.gongguan.certificate.api;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.time.Instant;

/**
 * A department's API token as its county's system administrator sees it: never its secret nor the secret's hash, only
 * the hint (its first characters) to tell it apart.
 *
 * @param perMinute the requests per minute it may make; null for the installation's default
 */
public record ApiToken(long id, TenantCode county, Department department, String name, String hint,
                       Integer perMinute, String createdBy, Instant createdAt, String rotatedBy, Instant rotatedAt,
                       String revokedBy, Instant revokedAt, Instant lastUsedAt, int version) {

    public boolean isActive() {
        return revokedAt == null;
    }
}
