package cn.gongguan.benchmark;

import static cn.gongguan.benchmark.BenchmarkContext.explain;

import cn.gongguan.dashboard.Dashboards;
import cn.gongguan.dashboard.Figure;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.rollup.FigureRecount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboards' benchmark of issue 13. The rollup table holds twelve months (and the current one) of every
 * dashboard figure for the 1,403 Gansu townships — their totals and ten units each — beside Huixian's real tenants,
 * whose schemas get synthetic persons (arrivals over the year, visits for most) counted by the application's own
 * recount. Then: the county dashboard as the governance group opens it (the board of the month and the twelve-month
 * trend), the same registry and visit figures computed by a UNION ALL fan-out over Huixian's tenant schemas (what a
 * page would do without rollups), and a township's dashboard as its administrator opens it.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=DashboardBenchmark
 * [-Dexec.args="<persons per Huixian tenant>"]} (default 3,000). Results go to the console and
 * {@code target/benchmark/dashboard-results.md}, the query plans to {@code target/benchmark/dashboard-plans.md};
 * docs/benchmarks.md keeps the measured numbers.
 */
public final class DashboardBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("dashboard-postgres");
    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode TOWNSHIP = TenantCode.of("621227100");
    private static final int UNITS = 10;
    private static final int WARM_UP = 100;
    private static final int ITERATIONS = 500;

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final Dashboards dashboards;
    private final YearMonth month;
    private final StringBuilder report = new StringBuilder();

    private DashboardBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
        this.dashboards = context.getBean(Dashboards.class);
        this.month = YearMonth.from(CountyTime.today(context.getBean(Clock.class)));
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 3_000;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = BenchmarkContext.startWithGansuRows(DATABASE)) {
            new DashboardBenchmark(context).run(persons);
        }
    }

    private void run(int persons) throws Exception {
        long start = System.nanoTime();
        int tenants = app.loadGansuTenants();
        loadGansuFigures();
        double gansuSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        List<TenantCode> huixian = loadHuixianPersons(persons);
        double personSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int counted = context.getBean(FigureRecount.class).recountDue();
        double recountSeconds = (System.nanoTime() - start) / 1e9;
        app.owner().sql("vacuum analyze platform.rollup").update();
        long rows = app.owner().sql("select count(*) from platform.rollup").query(Long.class).single();
        report.append("""
                # Dashboard benchmark

                - machine: %d cores, JDK %s, %s
                - %,d tenants (the Gansu tenant rows and Huixian's); %,d rollup rows (every dashboard figure for 13
                  months, the Gansu townships' totals and %d units each), loaded in %.0f s
                - Huixian: %,d synthetic persons in each of its %d townships and committees (arrivals over the last 13
                  months, four in five visited), loaded in %.0f s; the application's recount counted %,d tenant-months
                  in %.1f s (%.0f ms each)

                | call (as the page makes it) | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                tenants, rows, UNITS, gansuSeconds, persons, huixian.size(), personSeconds, counted, recountSeconds,
                1000 * recountSeconds / Math.max(1, counted)));
        Result county = app.as("county.governance", () -> measure(
                "county dashboard (rollups): board of the month + 12-month trend", 50, this::countyDashboard));
        Result fanOut = measure("the same county's registry and visit figures by UNION ALL over its "
                + huixian.size() + " schemas", 0, () -> fanOut(huixian));
        Result township = app.as("chengguan.admin", () -> measure(
                "township dashboard (rollups): board of the month + 12-month trend", 30, this::townshipDashboard));
        report.append(county.line()).append('\n').append(fanOut.line()).append('\n').append(township.line())
                .append("\n\nThe fan-out computes 4 of the dashboard's %d indicators and takes %.0f× the rollup path's p95."
                        .formatted(countIndicators(), fanOut.p95() / county.p95()))
                .append('\n');
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("dashboard-plans.md"), plans());
        Files.writeString(BenchmarkFiles.WORK.resolve("dashboard-results.md"), report);
        System.out.println(report);
    }

    private int countyDashboard() {
        return dashboards.county(month).units().size() + dashboards.trend(COUNTY, month).size();
    }

    private int townshipDashboard() {
        return dashboards.township(TOWNSHIP, month).units().size() + dashboards.trend(TOWNSHIP, month).size();
    }

    private static long countIndicators() {
        return Figure.indicators().size();
    }

    /** Every figure the dashboards read, for the Gansu townships' totals and units, set-based as the owner. */
    private void loadGansuFigures() {
        JdbcClient owner = app.owner();
        String[] periods = new String[FigureRecount.MONTHS_KEPT + 1];
        long[] asOf = new long[periods.length];
        LocalDate today = CountyTime.today(context.getBean(Clock.class));
        for (int i = 0; i < periods.length; i++) {
            YearMonth period = month.minusMonths(i);
            periods[i] = period.toString();
            asOf[i] = Long.parseLong((i == 0 ? today : period.atEndOfMonth()).toString().replace("-", ""));
        }
        List<String> indicators = Figure.indicators();
        owner.sql("""
                        insert into platform.rollup (tenant_code, period, indicator, unit_code, value)
                        select t.code, p.period, i.indicator, u.unit, (abs(hashtext(t.code || p.period || i.indicator
                               || u.unit)) % 200)::bigint
                        from platform.tenant t
                        cross join unnest(?::varchar[]) as p(period)
                        cross join unnest(?::varchar[]) as i(indicator)
                        cross join lateral (select '' as unit union all
                                            select t.code || lpad(n::text, 3, '0') from generate_series(200, 199 + ?) n) u
                        where t.source_file = 'benchmark' and t.kind = 'TOWNSHIP'""")
                .params(periods, indicators.toArray(String[]::new), UNITS).update();
        owner.sql("""
                        insert into platform.rollup (tenant_code, period, indicator, unit_code, value)
                        select t.code, p.period, ?, '', p.as_of
                        from platform.tenant t cross join unnest(?::varchar[], ?::bigint[]) as p(period, as_of)
                        where t.source_file = 'benchmark' and t.kind = 'TOWNSHIP'""")
                .params(FigureRecount.COUNTED, periods, asOf).update();
    }

    /** Synthetic persons in every Huixian township and committee, set-based as the owner; returns the tenants. */
    private List<TenantCode> loadHuixianPersons(int persons) {
        JdbcClient owner = app.owner();
        List<TenantCode> tenants = owner.sql("""
                        select code from platform.tenant where path like ? and kind <> 'COUNTY' order by code""")
                .param(COUNTY.path() + "%").query((rs, row) -> TenantCode.of(rs.getString(1))).list();
        for (TenantCode tenant : tenants) {
            owner.sql("""
                    insert into %1$s.person (name, name_pinyin, name_initials, id_number, sex, birth_date,
                        registration_place, org_unit_code, arrival_date, flow_type, marital_status, created_by, updated_by)
                    select '测试' || i, 'ceshi' || i, 'cs', 'B' || lpad(i::text, 17, '0'), case when i %% 2 = 0 then 'FEMALE'
                           else 'MALE' end, date '1990-01-01' + i %% 3000, '510107001',
                           (select code from %1$s.org_unit order by code offset i %% greatest(1,
                               (select count(*) from %1$s.org_unit)) limit 1),
                           current_date - (i * 7919 %% 395), case when i %% 10 = 0 then 'INTRA_COUNTY' else 'INFLOW' end,
                           'MARRIED', 'benchmark', 'benchmark'
                    from generate_series(1, ?) i""".formatted(tenant.schema())).param(persons).update();
            owner.sql("""
                    insert into %1$s.step_record (person_id, step, done_on, note, recorded_by)
                    select id, 'VISIT', arrival_date + 3, '', 'benchmark' from %1$s.person
                    where created_by = 'benchmark' and id %% 5 <> 0""".formatted(tenant.schema())).update();
            owner.sql("analyze " + tenant.schema() + ".person").update();
        }
        return tenants;
    }

    /** The registry's figures and the visits of the twelve months, computed from every schema: the fan-out. */
    private int fanOut(List<TenantCode> tenants) {
        StringBuilder months = new StringBuilder();
        for (int back = FigureRecount.MONTHS_KEPT - 1; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            months.append(months.isEmpty() ? "" : ", ").append("('%s', date '%s', date '%s')"
                    .formatted(m, m.atDay(1), m.atEndOfMonth()));
        }
        List<String> parts = tenants.stream().map(tenant -> """
                select '%1$s' as tenant, m.period,
                       count(*) filter (where p.flow_type = 'INFLOW') as inflow,
                       count(*) filter (where p.flow_type = 'INTRA_COUNTY') as intra,
                       count(*) filter (where p.arrival_date >= m.first) as newcomers,
                       count(*) filter (where exists (select 1 from %2$s.step_record r where r.person_id = p.id
                                                      and r.step = 'VISIT' and r.done_on <= m.as_of)) as visited
                from (values %3$s) m(period, first, as_of)
                join %2$s.person p on p.flow_type in ('INFLOW', 'INTRA_COUNTY')
                     and coalesce(p.arrival_date, p.created_at::date) <= m.as_of
                group by m.period""".formatted(tenant.value(), tenant.schema(), months)).toList();
        return app.owner().sql(String.join("\nunion all\n", parts)).query((rs, row) -> row).list().size();
    }

    private record Result(String line, double p95) {
    }

    private Result measure(String label, double targetMs, Supplier<Integer> call) {
        int warmUp = targetMs == 0 ? 3 : WARM_UP;
        int iterations = targetMs == 0 ? 30 : ITERATIONS;
        for (int i = 0; i < warmUp; i++) {
            call.get();
        }
        Latencies latencies = new Latencies(iterations);
        for (int i = 0; i < iterations; i++) {
            long begin = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - begin);
        }
        double p95 = latencies.percentile(95);
        String target = targetMs == 0 ? "(comparison)" : "under %.0f ms: %s".formatted(targetMs,
                p95 < targetMs ? "met" : "**missed**");
        return new Result("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s |".formatted(label,
                latencies.percentile(50), p95, latencies.percentile(99), latencies.max(), target), p95);
    }

    /** The plans of the county's two rollup queries, as the runtime role runs them. */
    private String plans() throws SQLException {
        StringBuilder plans = new StringBuilder("# Dashboard query plans\n\n");
        String[] periods = new String[FigureRecount.MONTHS_KEPT];
        for (int i = 0; i < periods.length; i++) {
            periods[i] = month.minusMonths(i).toString();
        }
        try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
             Statement session = connection.createStatement()) {
            connection.setAutoCommit(false);
            java.sql.Array months = connection.createArrayOf("varchar", periods);
            java.sql.Array indicators = connection.createArrayOf("varchar", Figure.indicators().toArray());
            explain(connection, plans, "totals of a county's tenants for 12 months (Rollups.totalsIn)", """
                    select r.tenant_code, r.unit_code, r.indicator, r.period, r.value
                    from platform.tenant t join platform.rollup r on r.tenant_code = t.code
                    where t.path like ? and r.period = any(?) and r.indicator = any(?) and r.unit_code = ''""",
                    COUNTY.path() + "%", months, indicators);
            explain(connection, plans, "a township's units for a month (Rollups.unitsOf)", """
                    select tenant_code, unit_code, indicator, period, value from platform.rollup
                    where tenant_code = ? and period = any(?) and indicator = any(?)""",
                    TOWNSHIP.value(), connection.createArrayOf("varchar", new String[] {month.toString()}), indicators);
            session.execute("rollback");
        }
        return plans.toString();
    }
}
