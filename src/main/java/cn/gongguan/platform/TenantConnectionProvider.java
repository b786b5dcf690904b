package cn.gongguan.platform;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Hands Hibernate a pooled connection switched to the tenant: it runs as the tenant's own database role with the
 * tenant's schema as its search path, so even hand-written SQL naming another tenant's schema is refused by
 * PostgreSQL. On release the connection is switched back before it returns to the pool.
 */
final class TenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final DataSource dataSource;

    TenantConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (TenantIdentifierResolver.NO_TENANT.equals(tenantIdentifier)) {
            throw new NoTenantBoundException();
        }
        Connection connection = dataSource.getConnection();
        try {
            switchTo(connection, TenantCode.of(tenantIdentifier));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        resetAndClose(dataSource, connection);
    }

    static void switchTo(Connection connection, TenantCode tenant) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set role \"" + tenant.role() + "\"; set search_path to \"" + tenant.schema() + "\"");
        }
    }

    /**
     * Switches the connection back and returns it to the pool. A connection that cannot be switched back (say, its
     * transaction failed) is evicted instead: it must never serve anyone else under a tenant's role.
     */
    static void resetAndClose(DataSource dataSource, Connection connection) throws SQLException {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("reset role; reset search_path");
            }
        } catch (SQLException e) {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
            }
            throw e;
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        return unwrapType.cast(this);
    }
}
