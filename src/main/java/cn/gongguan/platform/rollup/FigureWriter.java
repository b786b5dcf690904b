package cn.gongguan.platform.rollup;

import cn.gongguan.platform.TenantContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts one tenant's figures of one month in one tenant transaction, as the tenant's own role: it takes the month's
 * owed marks first, so a change committed after them marks the month again and is counted by a later run, while every
 * change whose mark it took is visible to the counts that follow (read committed). A failure rolls the marks back.
 */
@Component
class FigureWriter {


    private final List<FigureSource> sources;
    private final JdbcClient jdbc;

    FigureWriter(List<FigureSource> sources, JdbcClient jdbc) {
        this.sources = sources;
        this.jdbc = jdbc;
    }

    /** Every indicator the sources count, and the sentinel. */
    List<String> indicators() {
        return Stream.concat(sources.stream().flatMap(source -> source.indicators().stream()),
                Stream.of(FigureRecount.COUNTED)).toList();
    }

    @Transactional
    void write(YearMonth month, LocalDate asOf) {
        String tenant = TenantContext.current().value();
        String period = month.toString();
        jdbc.sql("delete from platform.figure_owed where tenant_code = ? and period = ?").params(tenant, period).update();
        UnitCounts counts = new UnitCounts();
        sources.forEach(source -> source.count(month, asOf, counts));
        List<String> indicators = indicators();
        List<String> undeclared = counts.undeclared(indicators);
        if (!undeclared.isEmpty()) {
            throw new IllegalStateException("Figures counted but declared by no source: " + undeclared);
        }
        counts.addTotal(FigureRecount.COUNTED, FigureRecount.day(asOf));
        List<String> names = new ArrayList<>();
        List<String> units = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (String indicator : indicators.stream().sorted().distinct().toList()) {
            new TreeMap<>(counts.rows(indicator)).forEach((unit, value) -> {
                names.add(indicator);
                units.add(unit);
                values.add(value);
            });
        }
        jdbc.sql(Rollups.LOCK_MONTH).param(Rollups.monthKey(tenant, period)).query(String.class).single();
        String[] indicatorColumn = names.toArray(String[]::new);
        String[] unitColumn = units.toArray(String[]::new);
        jdbc.sql("""
                        delete from platform.rollup where tenant_code = ? and period = ? and indicator = any(?)
                          and (unit_code, indicator) not in (select * from unnest(?::varchar[], ?::varchar[]))""")
                .params(tenant, period, indicatorColumn, unitColumn, indicatorColumn)
                .update();
        jdbc.sql("""
                        insert into platform.rollup (tenant_code, period, indicator, unit_code, value)
                        select ?, ?, n, u, v from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as r(n, u, v)
                        on conflict (tenant_code, period, indicator, unit_code)
                        do update set value = excluded.value, updated_at = now()""")
                .params(tenant, period, indicatorColumn, unitColumn,
                        values.stream().mapToLong(Long::longValue).toArray())
                .update();
        jdbc.sql("""
                        delete from platform.figure_unit f where tenant_code = ?
                          and not exists (select 1 from org_unit u where u.code = f.unit_code and u.active)""")
                .param(tenant).update();
        jdbc.sql("""
                        insert into platform.figure_unit (tenant_code, unit_code, name, kind)
                        select ?, code, name, kind from org_unit where active
                        on conflict (tenant_code, unit_code) do update set name = excluded.name, kind = excluded.kind""")
                .param(tenant).update();
    }
}
