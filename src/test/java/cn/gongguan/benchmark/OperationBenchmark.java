package cn.gongguan.benchmark;

import static cn.gongguan.benchmark.BenchmarkContext.explain;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Plan;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The joint operations' benchmark of issue 14. The 1,403 Gansu townships are made townships of Huixian (621227) — the
 * 1,388 that are not Huixian's own —
 * their tenant rows re-parented by the owner, so that the row policy {@code platform.is_township_of} admits them as
 * targets of the county whose schema and demo users are real. Then, as the governance group: an operation to every
 * township is planned and published through {@link JointOperations#publish} (timed: one task per township in one
 * statement; target under 5 s); the owner writes ten assigned locations with counts per township and the tasks'
 * counters, as the townships' own writes would leave them; and the progress page's read
 * ({@link JointOperations#progress}) is timed over {@value #ITERATIONS} runs (target p95 under 100 ms).
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=OperationBenchmark
 * [-Dexec.args="<iterations>"]}. Results go to the console and {@code target/benchmark/operation-results.md}, the
 * query plans to {@code target/benchmark/operation-plans.md}; docs/benchmarks.md keeps the measured numbers.
 */
public final class OperationBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("operation-postgres");
    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final int LOCATIONS = 10;
    private static final int WARM_UP = 20;
    private static final int ITERATIONS = 200;

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final JointOperations operations;
    private final StringBuilder report = new StringBuilder();

    private OperationBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
        this.operations = context.getBean(JointOperations.class);
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : ITERATIONS;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = BenchmarkContext.startWithGansuRows(DATABASE)) {
            new OperationBenchmark(context).run(iterations);
        }
    }

    private void run(int iterations) throws Exception {
        int tenants = app.loadGansuTenants();
        int townships = app.makeTownshipsOf(COUNTY);
        app.owner().sql("analyze platform.tenant").update();
        LocalDate today = CountyTime.today(context.getBean(Clock.class));

        long id = app.as("county.governance", () -> operations.plan(new Plan("基准测试：全省联合清理", today,
                today.plusDays(30), operations.townships().stream().map(JointOperations.Township::code)
                        .collect(Collectors.toSet()), EnumSet.allOf(LocationKind.class),
                EnumSet.of(Department.FAMILY_PLANNING, Department.POLICE), "县综治办", "基准测试", Set.of())));
        long start = System.nanoTime();
        app.as("county.governance", () -> {
            operations.publish(id, 0);
            return null;
        });
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        int tasks = app.owner().sql("select count(*) from platform.operation_task where operation_id = ?").param(id)
                .query(Integer.class).single();

        start = System.nanoTime();
        loadFindings(id);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        app.owner().sql("vacuum analyze platform.operation_task").update();
        app.owner().sql("vacuum analyze platform.operation_location").update();

        Latencies latencies = app.as("county.governance", () -> measure(id, iterations));
        double p95 = latencies.percentile(95);
        report.append("""
                # Joint operation benchmark

                - machine: %d cores, JDK %s, %s
                - %,d tenants; %,d more Gansu townships made townships of Huixian (621227), beside its own
                - publishing one operation to %,d townships (JointOperations.publish, one task each): %.2f s — \
                target under 5 s: %s
                - %d locations with counts per township written in %.0f s

                | call (as the page makes it) | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                | progress page (JointOperations.progress), %,d townships | %.1f ms | %.1f ms | %.1f ms | %.1f ms | \
                under 100 ms: %s |
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                tenants, townships, tasks, publishSeconds, publishSeconds < 5 ? "met" : "**missed**", LOCATIONS,
                loadSeconds, tasks, latencies.percentile(50), p95, latencies.percentile(99), latencies.max(),
                p95 < 100 ? "met" : "**missed**"));
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("operation-plans.md"), plans(id));
        Files.writeString(BenchmarkFiles.WORK.resolve("operation-results.md"), report);
        System.out.println(report);
    }

    /** Ten assigned locations with counts per township and the tasks' counters, set-based as the owner. */
    private void loadFindings(long id) {
        app.owner().sql("""
                insert into platform.operation_location (task_id, operation_id, county_code, township_code, location_id,
                    kind, name, unit_name, team, findings, persons_checked, persons_registered, without_certificate,
                    referred, houses_found, done_on)
                select k.id, k.operation_id, k.county_code, k.township_code, n, 'URBAN_VILLAGE', '场所' || n, '一村',
                       '第' || n || '组', 1, 10 + n, n %% 3, n %% 2, n %% 4, n %% 2,
                       case when n <= 7 then current_date end
                from platform.operation_task k cross join generate_series(1, ?) n
                where k.operation_id = ?""".replace("%%", "%")).params(LOCATIONS, id).update();
        app.owner().sql("""
                update platform.operation_task k set locations_total = l.total, locations_done = l.done,
                       persons_checked = l.checked, persons_registered = l.registered,
                       without_certificate = l.without, referred = l.referred, houses_found = l.houses,
                       state = case when k.id %% 3 = 0 then 'SUBMITTED' else 'OPEN' end,
                       submitted_at = case when k.id %% 3 = 0 then now() end,
                       submitted_by = case when k.id %% 3 = 0 then 'benchmark' end
                from (select task_id, count(*) as total, count(done_on) as done, sum(persons_checked) as checked,
                             sum(persons_registered) as registered, sum(without_certificate) as without,
                             sum(referred) as referred, sum(houses_found) as houses
                      from platform.operation_location where operation_id = ? group by task_id) l
                where l.task_id = k.id""".replace("%%", "%")).param(id).update();
    }

    private Latencies measure(long id, int iterations) {
        for (int i = 0; i < WARM_UP; i++) {
            operations.progress(id);
        }
        Latencies latencies = new Latencies(iterations);
        for (int i = 0; i < iterations; i++) {
            long begin = System.nanoTime();
            operations.progress(id);
            latencies.add(System.nanoTime() - begin);
        }
        return latencies;
    }

    /** The plans of the progress page's reads, as the county's role runs them. */
    private String plans(long id) throws SQLException {
        StringBuilder plans = new StringBuilder("# Joint operation query plans\n\n");
        try (Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
             Statement session = connection.createStatement()) {
            connection.setAutoCommit(false);
            session.execute("set local role \"" + COUNTY.role() + "\"");
            explain(connection, plans, "the tasks of an operation (progress page, OperationRows.tasksOf)",
                    "select * from platform.operation_task where operation_id = ? order by township_code", id);
            long task = app.owner().sql("select min(id) from platform.operation_task where operation_id = ?")
                    .param(id).query(Long.class).single();
            explain(connection, plans, "a township's locations (the drill-down, OperationRows.locationsOf)",
                    "select * from platform.operation_location where task_id = ? order by kind, name, id", task);
            session.execute("rollback");
        }
        return plans.toString();
    }
}
