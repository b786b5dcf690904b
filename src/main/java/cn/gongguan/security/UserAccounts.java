package cn.gongguan.security;

import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The user accounts in {@code platform.app_user}. Every query that lists accounts names the tenant; every change that
 * must end the account's open sessions raises its {@code session_epoch}.
 */
@Repository
class UserAccounts {

    private static final String COLUMNS = "id, username, display_name, tenant_code, role, org_unit_code, status,"
            + " created_at, created_by, requested_by, totp_enrolled_at is not null as second_factor, version,"
            + " department";

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where username = ?")
                .param(username).query(UserAccounts::account).optional();
    }

    Optional<UserAccount> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where id = ?")
                .param(id).query(UserAccounts::account).optional();
    }

    /** The account's login state, its row locked until the transaction ends: one login attempt at a time per account. */
    Optional<LoginState> lockForLogin(String username) {
        return loginState(username, " for update");
    }

    /** The account's login state as it is now, without a lock (to check a password before taking the lock). */
    Optional<LoginState> peekLoginState(String username) {
        return loginState(username, "");
    }

    private Optional<LoginState> loginState(String username, String lock) {
        return jdbc.sql("select " + COLUMNS + ", password_hash, session_epoch, must_change_password, password_changed_at"
                        + " from platform.app_user where username = ?" + lock)
                .param(username)
                .query((rs, row) -> new LoginState(account(rs, row), rs.getString("password_hash"),
                        rs.getInt("session_epoch"), rs.getBoolean("must_change_password"),
                        rs.getTimestamp("password_changed_at").toInstant()))
                .optional();
    }

    /** As {@link #lockForLogin} by id. */
    Optional<LoginState> lockForLogin(long id) {
        return find(id).flatMap(account -> lockForLogin(account.username()));
    }

    /** The session epoch and status, read on every request of a logged-in user. */
    Optional<SessionState> sessionState(long id) {
        return jdbc.sql("select session_epoch, status from platform.app_user where id = ?").param(id)
                .query((rs, row) -> new SessionState(rs.getInt(1), AccountStatus.valueOf(rs.getString(2))))
                .optional();
    }

    record SessionState(int epoch, AccountStatus status) {
    }

    List<UserAccount> list(TenantCode tenant, int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where tenant_code = ? order by username offset ? limit ?")
                .params(tenant.value(), offset, limit).query(UserAccounts::account).list();
    }

    /** The accounts of the tenants that hold one of the roles, by tenant and user name. */
    List<UserAccount> withRole(Collection<TenantCode> tenants, Collection<Role> roles) {
        if (tenants.isEmpty() || roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from platform.app_user where tenant_code in (:tenants)"
                        + " and role in (:roles) order by tenant_code, username")
                .param("tenants", tenants.stream().map(TenantCode::value).toList())
                .param("roles", roles.stream().map(Role::name).toList())
                .query(UserAccounts::account).list();
    }

    int count(TenantCode tenant) {
        return jdbc.sql("select count(*) from platform.app_user where tenant_code = ?")
                .param(tenant.value()).query(Integer.class).single();
    }

    long countActive(TenantCode tenant) {
        return jdbc.sql("select count(*) from platform.app_user where tenant_code = ? and status = 'ACTIVE'")
                .param(tenant.value()).query(Long.class).single();
    }

    boolean exists(String username) {
        return findByUsername(username).isPresent();
    }

    /** A new pending account without a password: it cannot log in until its role is granted. */
    long insertPending(NewUser user, TenantCode tenant, String createdBy) {
        return jdbc.sql("""
                insert into platform.app_user (username, display_name, tenant_code, role, org_unit_code, created_by,
                                               requested_by, status, department)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?) returning id""")
                .params(user.username(), user.displayName(), tenant.value(), user.role().name(), user.orgUnit(),
                        createdBy, createdBy, department(user))
                .query(Long.class).single();
    }

    /** An active account made by the system itself (the first administrators, demo users). */
    long insertActive(NewUser user, String passwordHash, boolean mustChangePassword, TenantCode tenant) {
        return jdbc.sql("""
                insert into platform.app_user (username, display_name, password_hash, tenant_code, role, org_unit_code,
                                               created_by, status, activated_by, activated_at, must_change_password,
                                               department)
                values (?, ?, ?, ?, ?, ?, 'system', 'ACTIVE', 'system', now(), ?, ?) returning id""")
                .params(user.username(), user.displayName(), passwordHash, tenant.value(), user.role().name(),
                        user.orgUnit(), mustChangePassword, department(user))
                .query(Long.class).single();
    }

    /** Who last changed the account as an administrator (granted, disabled, asked for a role), and when. */
    record Change(String by, Instant at) {
    }

    /** The account's last change by an administrator; both null before the first. */
    Change lastChange(long id) {
        return jdbc.sql("select changed_by, changed_at from platform.app_user where id = ?").param(id)
                .query((rs, row) -> new Change(rs.getString(1), instant(rs.getTimestamp(2)))).single();
    }

    /**
     * Refuses an act on the account as {@code opened} showed it when an administrator changed it since (the stale-edit
     * path of accounts: {@code locked} was read with its row locked, so no change slips in between check and write).
     */
    void checkUnchanged(UserAccount opened, UserAccount locked) {
        if (opened.version() != locked.version()) {
            Change change = lastChange(locked.id());
            throw new StaleEditException(change.by(), change.at());
        }
    }

    /** Grants the role: activates the account (or changes its role) and ends its open sessions. */
    void grant(long id, Role role, String orgUnit, String grantedBy) {
        jdbc.sql("""
                update platform.app_user set role = ?, org_unit_code = ?, status = 'ACTIVE', activated_by = ?,
                       activated_at = now(), session_epoch = session_epoch + 1,
                       version = version + 1, changed_by = ?, changed_at = now()
                where id = ?""")
                .params(role.name(), orgUnit, grantedBy, grantedBy, id).update();
    }

    void disable(long id, String disabledBy) {
        jdbc.sql("""
                update platform.app_user set status = 'DISABLED', session_epoch = session_epoch + 1,
                       version = version + 1, changed_by = ?, changed_at = now()
                where id = ?""")
                .params(disabledBy, id).update();
    }

    /**
     * Puts the account back to pending, with the role asked for (its current one when re-enabling), until a security
     * administrator other than {@code requestedBy} grants it; ends its open sessions.
     */
    void requestRole(long id, Role role, String orgUnit, String requestedBy) {
        jdbc.sql("""
                update platform.app_user set status = 'PENDING', role = ?, org_unit_code = ?, requested_by = ?,
                       session_epoch = session_epoch + 1,
                       version = version + 1, changed_by = ?, changed_at = now()
                where id = ?""")
                .params(role.name(), orgUnit, requestedBy, requestedBy, id).update();
    }

    /**
     * Sets the password; the one it replaces joins the history. A password someone else set ({@code resetBy}, null
     * for the user's own) must be changed at the next login. Ends the account's open sessions (the caller keeps its
     * own by taking the new epoch).
     */
    int setPassword(long id, String hash, String resetBy) {
        jdbc.sql("""
                insert into platform.password_history (user_id, password_hash)
                select id, password_hash from platform.app_user where id = ? and password_hash is not null""")
                .param(id).update();
        return jdbc.sql("""
                update platform.app_user set password_hash = ?, must_change_password = ?, password_reset_by = ?,
                       password_changed_at = now(), session_epoch = session_epoch + 1
                where id = ? returning session_epoch""")
                .params(hash, resetBy != null, resetBy, id).query(Integer.class).single();
    }

    /** Who set the one-time password in force and who removed the second factor, until the user replaced them. */
    record Resets(String passwordBy, String secondFactorBy) {
    }

    Resets resets(long id) {
        return jdbc.sql("select password_reset_by, second_factor_reset_by from platform.app_user where id = ?")
                .param(id).query((rs, row) -> new Resets(rs.getString(1), rs.getString(2))).single();
    }

    /** The current password's hash and the earlier ones, newest first, {@code limit} in all. */
    List<String> recentPasswordHashes(long id, int limit) {
        return jdbc.sql("""
                select password_hash from (
                    select password_hash, password_changed_at as set_at from platform.app_user
                    where id = :id and password_hash is not null
                    union all
                    select password_hash, set_at from platform.password_history where user_id = :id) recent
                order by set_at desc limit :limit""")
                .param("id", id).param("limit", limit).query(String.class).list();
    }

    Optional<String> activatedBy(long id) {
        return jdbc.sql("select activated_by from platform.app_user where id = ?").param(id)
                .query(String.class).optional();
    }

    Optional<byte[]> totpSecret(long id) {
        return jdbc.sql("select totp_secret from platform.app_user where id = ? and totp_secret is not null")
                .param(id).query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<Long> totpLastStep(long id) {
        return jdbc.sql("select totp_last_step from platform.app_user where id = ?").param(id)
                .query((rs, row) -> rs.getObject(1, Long.class)).optional();
    }

    void setTotp(long id, byte[] sealedSecret, long lastStep) {
        jdbc.sql("""
                update platform.app_user set totp_secret = ?, totp_enrolled_at = now(), totp_last_step = ?,
                       second_factor_reset_by = null
                where id = ?""")
                .params(sealedSecret, lastStep, id).update();
    }

    void setTotpLastStep(long id, long step) {
        jdbc.sql("update platform.app_user set totp_last_step = ? where id = ?").params(step, id).update();
    }

    /** Removes the second factor and ends the account's open sessions; the user enrols again at the next login. */
    void clearTotp(long id, String resetBy) {
        jdbc.sql("""
                update platform.app_user set totp_secret = null, totp_enrolled_at = null, totp_last_step = null,
                       second_factor_reset_by = ?, session_epoch = session_epoch + 1
                where id = ?""").params(resetBy, id).update();
        jdbc.sql("delete from platform.recovery_code where user_id = ?").param(id).update();
    }

    void addRecoveryCodes(long id, List<String> hashes) {
        jdbc.sql("delete from platform.recovery_code where user_id = ?").param(id).update();
        hashes.forEach(hash -> jdbc.sql("insert into platform.recovery_code (user_id, code_hash) values (?, ?)")
                .params(id, hash).update());
    }

    /** Marks an unused recovery code used; false when the account has no such unused code. */
    boolean useRecoveryCode(long id, String hash) {
        return jdbc.sql("update platform.recovery_code set used_at = now() where user_id = ? and code_hash = ? and used_at is null")
                .params(id, hash).update() == 1;
    }

    int unusedRecoveryCodes(long id) {
        return jdbc.sql("select count(*) from platform.recovery_code where user_id = ? and used_at is null")
                .param(id).query(Integer.class).single();
    }

    private static UserAccount account(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                TenantCode.of(rs.getString("tenant_code")), Role.valueOf(rs.getString("role")),
                rs.getString("org_unit_code"), AccountStatus.valueOf(rs.getString("status")),
                instant(rs.getTimestamp("created_at")), rs.getString("created_by"), rs.getString("requested_by"),
                rs.getBoolean("second_factor"), rs.getLong("version"),
                rs.getString("department") == null ? null : Department.valueOf(rs.getString("department")));
    }

    private static String department(NewUser user) {
        return user.department() == null ? null : user.department().name();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
