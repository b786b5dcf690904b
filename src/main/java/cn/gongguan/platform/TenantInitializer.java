package cn.gongguan.platform;

/**
 * A feature's part in provisioning a tenant: called after the tenant's schema is migrated, with the tenant bound,
 * each time its declaration or change log changes. Must be idempotent.
 */
public interface TenantInitializer {

    void initialize(TenantDeclaration declaration);
}
