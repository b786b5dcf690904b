package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.stereotype.Component;

/**
 * Creates a tenant's role and schema and runs the tenant change log in it, on the owner's connection. The schema
 * belongs to the tenant's role and Liquibase runs as that role, so every table, sequence and change log row belongs to
 * the tenant alone. The runtime role may switch to the tenant's role, never inherit it (see {@link PlatformDatabase}).
 */
@Component
public class TenantSchemaMigrator {

    public static final String CHANGELOG = "db/changelog/tenant/changelog.sql";

    private final DatabaseOwner owner;
    private final boolean superuser;

    TenantSchemaMigrator(DatabaseOwner owner, PlatformDatabase platform) throws SQLException {
        this.owner = owner;
        try (Connection connection = owner.connect()) {
            this.superuser = PlatformDatabase.isSuperuser(connection);
        }
    }

    /**
     * Runs on a connection of its own, outside the pool: Liquibase may leave it in any state (even close it) when a
     * migration fails, and it is switched to the tenant's role for the whole session.
     */
    public void migrate(TenantCode tenant) throws Exception {
        try (Connection connection = owner.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        do $$ begin
                          if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role "%1$s" nologin in role %2$s;
                          end if;
                        end $$""".formatted(tenant.role(), PlatformDatabase.TENANT_GROUP_ROLE));
                if (!superuser) {
                    statement.execute("grant \"" + tenant.role() + "\" to current_user");
                }
                statement.execute("grant \"" + tenant.role() + "\" to " + PlatformDatabase.RUNTIME_GROUP_ROLE);
                statement.execute("create schema if not exists \"" + tenant.schema() + "\" authorization \"" + tenant.role() + "\"");
                statement.execute("set role \"" + tenant.role() + "\"; set search_path to \"" + tenant.schema() + "\"");
            }
            releaseStaleLiquibaseLock(connection);
            PlatformDatabase.update(connection, CHANGELOG, tenant.schema());
        }
    }

    /**
     * A Liquibase lock left set by a migration that died (a killed pod) would block this tenant for good. The
     * reconciler's advisory lock guarantees that nobody else migrates this schema now, so a set lock is stale.
     */
    private static void releaseStaleLiquibaseLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                      if to_regclass('databasechangeloglock') is not null then
                        update databasechangeloglock set locked = false, lockgranted = null, lockedby = null where locked;
                      end if;
                    end $$""");
        }
    }
}
