package cn.gongguan.platform;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Hibernate asks this for the tenant when a session opens. With no tenant bound the session still opens (Spring Data
 * prepares its queries at start-up that way), but marked {@link #NO_TENANT}: the first attempt to reach the database
 * through it fails loudly, and no default tenant is ever used.
 */
final class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    static final String NO_TENANT = "no-tenant-bound";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.find().map(TenantCode::value).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
