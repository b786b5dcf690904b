package cn.gongguan.platform.rollup;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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
                where t.path like ? and r.indicator = ? and r.period = ? and r.unit_code = ''""")
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
                where tenant_code = ? and period = ? and indicator = any(?) and unit_code = ''""")
                .params(tenant.value(), period, indicators.toArray(String[]::new))
                .query(rs -> {
                    values.put(rs.getString(1), rs.getLong(2));
                });
        return values;
    }

    /** One figure row: a tenant's unit ({@link UnitCounts#TOTAL} for the tenant) for a period. */
    public record Row(TenantCode tenant, String unit, String indicator, String period, long value) {
    }

    /** The totals of every tenant in the subtree of {@code root} (itself included) for the periods and indicators. */
    @PlatformTransactional(readOnly = true)
    public List<Row> totalsIn(TenantCode root, Collection<String> periods, Collection<String> indicators) {
        return jdbc.sql("""
                        select r.tenant_code, r.unit_code, r.indicator, r.period, r.value
                        from platform.tenant t join platform.rollup r on r.tenant_code = t.code
                        where t.path like ? and r.period = any(?) and r.indicator = any(?) and r.unit_code = ''""")
                .params(root.path() + "%", periods.toArray(String[]::new), indicators.toArray(String[]::new))
                .query(Rollups::row)
                .list();
    }

    /**
     * The totals summed over the periods for every township in the subtree of {@code root} (a residents' committee's
     * added to its township's, whose code begins its own), by township and indicator; the county's own rows are left
     * out. One query however many townships: the assessment scores a year of a whole county from it.
     */
    @PlatformTransactional(readOnly = true)
    public Map<TenantCode, Map<String, Long>> sumsByTownship(TenantCode root, Collection<String> periods,
                                                              Collection<String> indicators) {
        Map<TenantCode, Map<String, Long>> sums = new HashMap<>();
        jdbc.sql("""
                        select left(r.tenant_code, 9), r.indicator, sum(r.value)
                        from platform.tenant t join platform.rollup r on r.tenant_code = t.code
                        where t.path like ? and length(t.code) >= 9 and r.period = any(?) and r.indicator = any(?)
                          and r.unit_code = ''
                        group by 1, 2""")
                .params(root.path() + "%", periods.toArray(String[]::new), indicators.toArray(String[]::new))
                .query(rs -> {
                    sums.computeIfAbsent(TenantCode.of(rs.getString(1)), code -> new HashMap<>())
                            .put(rs.getString(2), rs.getLong(3));
                });
        return sums;
    }

    /** Every row of one tenant (its total and its units) for the periods and indicators. */
    @PlatformTransactional(readOnly = true)
    public List<Row> unitsOf(TenantCode tenant, Collection<String> periods, Collection<String> indicators) {
        return jdbc.sql("""
                        select tenant_code, unit_code, indicator, period, value from platform.rollup
                        where tenant_code = ? and period = any(?) and indicator = any(?)""")
                .params(tenant.value(), periods.toArray(String[]::new), indicators.toArray(String[]::new))
                .query(Rollups::row)
                .list();
    }

    /**
     * How current the counted figures of every tenant in the subtree of {@code root} are for the periods: the day they
     * were counted as of, and since when a change waits to be counted; a tenant-month never counted is absent.
     */
    @PlatformTransactional(readOnly = true)
    public List<Freshness> freshnessIn(TenantCode root, Collection<String> periods) {
        return jdbc.sql("""
                        select t.code, p.period, r.value, r.updated_at,
                               (select min(o.owed_at) from platform.figure_owed o
                                where o.tenant_code = t.code and o.period = p.period)
                        from platform.tenant t cross join unnest(?::varchar[]) as p(period)
                        join platform.rollup r on r.tenant_code = t.code and r.period = p.period
                             and r.indicator = ? and r.unit_code = ''
                        where t.path like ?""")
                .params(periods.toArray(String[]::new), FigureRecount.COUNTED, root.path() + "%")
                .query((rs, row) -> new Freshness(TenantCode.of(rs.getString(1)), rs.getString(2),
                        LocalDate.parse(String.valueOf(rs.getLong(3)), DateTimeFormatter.BASIC_ISO_DATE),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()))
                .list();
    }

    /**
     * A counted tenant-month: counted on {@code countedAt} as of the day {@code asOf}; {@code owedSince} is when a change
     * not counted yet was made (null: none).
     */
    public record Freshness(TenantCode tenant, String period, LocalDate asOf, Instant countedAt, Instant owedSince) {

        /** Whether the figures miss a change, or stand for a day before {@code expected}. */
        public boolean isStale(LocalDate expected) {
            return owedSince != null || asOf.isBefore(expected);
        }
    }

    /** An org unit a tenant counts figures for: its code, name and kind (VILLAGE, COMMUNITY or GROUP). */
    public record UnitName(String code, String name, String kind) {
    }

    /** The org units of the tenant that its last count named, by code. */
    @PlatformTransactional(readOnly = true)
    public List<UnitName> unitsNamed(TenantCode tenant) {
        return jdbc.sql("select unit_code, name, kind from platform.figure_unit where tenant_code = ? order by unit_code")
                .param(tenant.value())
                .query((rs, row) -> new UnitName(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(TenantCode.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getLong(5));
    }

    private void write(TenantCode tenant, String indicator, String period, long value) {
        entityManager.createNativeQuery(LOCK_MONTH).setParameter(1, monthKey(tenant.value(), period)).getSingleResult();
        entityManager.createNativeQuery(UPSERT)
                .setParameter(1, tenant.value())
                .setParameter(2, indicator)
                .setParameter(3, period)
                .setParameter(4, value)
                .executeUpdate();
    }

    /**
     * Serialises the writers of one tenant-month's rows until their transactions end — a feature's transaction and
     * the recount write some of the same rows, and in different orders they could deadlock.
     */
    static final String LOCK_MONTH = "select cast(pg_advisory_xact_lock(hashtext(?)) as text)";

    static String monthKey(String tenant, String period) {
        return "rollup/" + tenant + "/" + period;
    }

    private static final String UPSERT = """
            insert into platform.rollup (tenant_code, indicator, period, value) values (?, ?, ?, ?)
            on conflict (tenant_code, period, indicator, unit_code) do update set value = excluded.value, updated_at = now()""";
}
