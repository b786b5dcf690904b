package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts in {@code platform.app_user}. Every query that lists or changes accounts names the tenant. */
@Repository
class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, tenant_code, role, org_unit_code, enabled, created_at, created_by";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where username = ?")
                .param(username).query(UserAccounts::account).optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from platform.app_user where id = ?").param(id)
                .query(String.class).optional();
    }

    List<UserAccount> list(TenantCode tenant, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where tenant_code = ? order by username offset ? limit ?")
                .params(tenant.value(), offset, limit).query(UserAccounts::account).list();
    }

    /** The accounts of the tenants that hold the role, by tenant and user name. */
    List<UserAccount> withRole(Collection<TenantCode> tenants, Role role) {
        if (tenants.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where tenant_code in (:tenants) and role = :role"
                        + " order by tenant_code, username")
                .param("tenants", tenants.stream().map(TenantCode::value).toList())
                .param("role", role.name())
                .query(UserAccounts::account).list();
    }

    int count(TenantCode tenant) {
        return jdbc.sql("select count(*) from platform.app_user where tenant_code = ?")
                .param(tenant.value()).query(Integer.class).single();
    }

    long countEnabled(TenantCode tenant) {
        return jdbc.sql("select count(*) from platform.app_user where tenant_code = ? and enabled")
                .param(tenant.value()).query(Long.class).single();
    }

    boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    long insert(NewUser user, String passwordHash, TenantCode tenant, String createdBy) {
        return jdbc.sql("""
                insert into platform.app_user (username, display_name, password_hash, tenant_code, role, org_unit_code, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(user.username(), user.displayName(), passwordHash, tenant.value(), user.role().name(),
                        user.orgUnit(), createdBy)
                .query(Long.class).single();
    }

    /** Changes the flag of an account of the given tenant only; false when the tenant has no such account. */
    boolean setEnabled(TenantCode tenant, long id, boolean enabled) {
        return jdbc.sql("update platform.app_user set enabled = ? where id = ? and tenant_code = ?")
                .params(enabled, id, tenant.value()).update() == 1;
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                TenantCode.of(rs.getString("tenant_code")), Role.valueOf(rs.getString("role")),
                rs.getString("org_unit_code"), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
