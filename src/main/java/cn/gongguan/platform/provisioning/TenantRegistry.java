package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantDeclaration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tenants that exist ({@code platform.tenant}), where each stands in its tree, and whether it is usable. */
@Repository
public class TenantRegistry {

    private static final String COLUMNS = "code, name, parent_code, status, status_message";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TenantRegistry(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @PlatformTransactional(readOnly = true)
    public Optional<Tenant> find(TenantCode code) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where code = ?")
                .param(code.value())
                .query(TenantRegistry::tenant)
                .optional();
    }

    /** Every tenant's name by its code. */
    @PlatformTransactional(readOnly = true)
    public Map<TenantCode, String> names() {
        Map<TenantCode, String> names = new HashMap<>();
        jdbc.sql("select code, name from platform.tenant")
                .query(rs -> {
                    names.put(TenantCode.of(rs.getString(1)), rs.getString(2));
                });
        return names;
    }

    /** The tenants at the top of their trees (the counties). */
    @PlatformTransactional(readOnly = true)
    public List<Tenant> roots() {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where parent_code is null order by code")
                .query(TenantRegistry::tenant)
                .list();
    }

    /** The tenants directly below one, by code. */
    @PlatformTransactional(readOnly = true)
    public List<Tenant> children(TenantCode parent) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where parent_code = ? order by code")
                .param(parent.value())
                .query(TenantRegistry::tenant)
                .list();
    }

    /** The tenant and everything below it, in tree order. */
    @PlatformTransactional(readOnly = true)
    public List<Tenant> subtree(TenantCode root) {
        return jdbc.sql("select " + COLUMNS + " from platform.tenant where path like ? order by path")
                .param(root.path() + "%")
                .query(TenantRegistry::tenant)
                .list();
    }

    /** Records every declared tenant, parents first; rows whose declaration did not change are left untouched. */
    @PlatformTransactional
    void register(List<TenantDeclaration> tenants) {
        List<Object[]> rows = tenants.stream()
                .sorted(Comparator.comparing(TenantDeclaration::kind))
                .map(t -> new Object[] {t.code().value(), t.name(), t.parent() == null ? null : t.parent().value(),
                        t.kind().name(), t.code().path(), t.source().substring(0, t.source().lastIndexOf(':'))})
                .toList();
        batch.batchUpdate("""
                insert into platform.tenant (code, name, parent_code, kind, path, source_file, status)
                values (?, ?, ?, ?, ?, ?, 'PENDING')
                on conflict (code) do update
                set name = excluded.name, parent_code = excluded.parent_code, source_file = excluded.source_file,
                    updated_at = now()
                where (tenant.name, tenant.parent_code, tenant.source_file)
                      is distinct from (excluded.name, excluded.parent_code, excluded.source_file)""", rows);
    }

    /** Fingerprints of the tenants that are ready and whose schema exists. */
    @PlatformTransactional(readOnly = true)
    Map<TenantCode, String> readyFingerprints() {
        Map<TenantCode, String> fingerprints = new HashMap<>();
        jdbc.sql("""
                select t.code, t.fingerprint from platform.tenant t
                join pg_namespace n on n.nspname = 't_' || t.code
                where t.status = 'READY'""")
                .query(rs -> {
                    fingerprints.put(TenantCode.of(rs.getString(1)), rs.getString(2));
                });
        return fingerprints;
    }

    @PlatformTransactional
    void markReady(TenantCode code, String fingerprint) {
        jdbc.sql("""
                update platform.tenant set status = 'READY', status_message = null, fingerprint = ?,
                       migrated_at = now(), updated_at = now() where code = ?""")
                .params(fingerprint, code.value())
                .update();
    }

    @PlatformTransactional
    void markFailed(TenantCode code, String message) {
        jdbc.sql("""
                update platform.tenant set status = 'FAILED', status_message = ?, fingerprint = null,
                       updated_at = now() where code = ?""")
                .params(message, code.value())
                .update();
    }

    private static Tenant tenant(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Tenant(TenantCode.of(rs.getString("code")), rs.getString("name"),
                parent == null ? null : TenantCode.of(parent),
                Tenant.Status.valueOf(rs.getString("status")), rs.getString("status_message"));
    }
}
