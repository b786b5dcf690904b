package cn.gongguan.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Creates a tenant's role and schema and runs the tenant change log in it. The schema belongs to the tenant's role
 * and Liquibase runs as that role, so every table, sequence and change log row belongs to the tenant alone.
 */
@Component
public class TenantSchemaMigrator {

    public static final String CHANGELOG = "db/changelog/tenant/changelog.sql";

    private final DataSource dataSource;
    private final boolean superuser;

    TenantSchemaMigrator(DataSource dataSource, PlatformDatabase platform) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            this.superuser = PlatformDatabase.isSuperuser(connection);
        }
    }

    public void migrate(TenantCode tenant) throws Exception {
        try (Connection connection = unpooledConnection()) {
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
                statement.execute("create schema if not exists \"" + tenant.schema() + "\" authorization \"" + tenant.role() + "\"");
            }
            TenantConnectionProvider.switchTo(connection, tenant);
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

    /**
     * A connection of its own, outside the pool: Liquibase may leave it in any state (even close it) when a
     * migration fails, and a session still switched to a tenant's role must never go back to the pool.
     */
    private Connection unpooledConnection() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        if (pool.getUsername() != null) {
            properties.setProperty("user", pool.getUsername());
        }
        if (pool.getPassword() != null) {
            properties.setProperty("password", pool.getPassword());
        }
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }
}
