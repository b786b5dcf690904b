package cn.gongguan.platform.rollup;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rollup path between tenants (DESIGN.md): a tenant writes small aggregate rows (tenant, indicator, period,
 * value) in the same transaction as the change they count; parents read those rows for a whole subtree in one query
 * and never reach into a tenant's schema. The database pins each written row to the writing tenant's own code.
 */
@Service
public class Rollups {

    /** The period of a figure that is a current snapshot rather than a count for a month or year. */
    public static final String CURRENT = "current";

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    Rollups(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Sets the bound tenant's figure, inside the tenant transaction that changed what it counts. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void set(String indicator, String period, long value) {
        write(TenantContext.current(), indicator, period, value);
    }

    /** Sets a tenant's figure that is kept in the platform schema (for example its user accounts). */
    @PlatformTransactional
    public void setForPlatform(TenantCode tenant, String indicator, String period, long value) {
        jdbc.sql(UPSERT).params(tenant.value(), indicator, period, value).update();
    }

    /** The figure of every tenant in the subtree of {@code root} (itself included) that has one. */
    @PlatformTransactional(readOnly = true)
    public Map<TenantCode, Long> valuesIn(TenantCode root, String indicator, String period) {
        Map<TenantCode, Long> values = new HashMap<>();
        jdbc.sql("""
                select r.tenant_code, r.value from platform.rollup r
                join platform.tenant t on t.code = r.tenant_code
                where t.path like ? and r.indicator = ? and r.period = ?""")
                .params(root.path() + "%", indicator, period)
                .query(rs -> {
                    values.put(TenantCode.of(rs.getString(1)), rs.getLong(2));
                });
        return values;
    }

    /** The tenant's own figures of these indicators for the period, by indicator; an indicator not written is absent. */
    @PlatformTransactional(readOnly = true)
    public Map<String, Long> valuesOf(TenantCode tenant, String period, Collection<String> indicators) {
        Map<String, Long> values = new HashMap<>();
        if (indicators.isEmpty()) {
            return values;
        }
        jdbc.sql("""
                select indicator, value from platform.rollup
                where tenant_code = ? and period = ? and indicator = any(?)""")
                .params(tenant.value(), period, indicators.toArray(String[]::new))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }

    private void write(TenantCode tenant, String indicator, String period, long value) {
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, tenant.value())
                .setParameter(2, indicator)
                .setParameter(3, period)
                .setParameter(4, value)
                .executeUpdate();
    }

    private static final String UPSERT = """
            insert into platform.rollup (tenant_code, indicator, period, value) values (?, ?, ?, ?)
            on conflict (tenant_code, indicator, period) do update set value = excluded.value, updated_at = now()""";
}
