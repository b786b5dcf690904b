package cn.gongguan.benchmark;

import static cn.gongguan.benchmark.BenchmarkContext.explain;

import cn.gongguan.GongguanApplication;
import cn.gongguan.outflow.RecheckGeneration;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Divisions;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The monthly re-check benchmark of issue 11: one township (城关镇) with 20,000 outflow persons (an open trip each)
 * over 16 villages and 120 village groups (村民小组, codes of 15 digits under their village), then: making a month's lists (the set-based generation the
 * job runs per township, timed several times over, the month's lists deleted before each), an officer's first page of
 * their list as the list view asks for it, and the township's progress view — each call as the views make it, logged
 * in as the user, with 40 % of the entries marked.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=RecheckBenchmark
 * [-Dexec.args="<persons> [<villages> <groups>]"]} (defaults 20,000, 16 and 120; a smoke run takes e.g.
 * "2000 4 10"). Results go to the
 * console and {@code target/benchmark/recheck-results.md}, the query plans to
 * {@code target/benchmark/recheck-plans.md}; docs/benchmarks.md keeps the measured numbers.
 */
public final class RecheckBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("recheck-postgres");
    private static final TenantCode TOWNSHIP = TenantCode.of("621227100");
    private static final String STAFF = "chengguan.staff";
    private static final String OFFICER = "chengguan.officer";
    private static final int CHUNK = 5_000;
    private static final int GENERATIONS = 5;
    private static final int WARM_UP = 200;
    private static final int ITERATIONS = 1_000;
    private static final int PAGE = 50;

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final Rechecks rechecks;
    private final YearMonth month;
    private final StringBuilder report = new StringBuilder();

    private RecheckBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
        this.rechecks = context.getBean(Rechecks.class);
        this.month = YearMonth.from(CountyTime.today(context.getBean(Clock.class)));
    }

    public static void main(String[] args) throws Exception {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int villages = args.length > 2 ? Integer.parseInt(args[1]) : 16;
        int groups = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.embedded-db.data-directory=" + DATABASE.toAbsolutePath(),
                        "--gongguan.demo.enabled=true")) {
            new RecheckBenchmark(context).run(persons, villages, groups);
        }
    }

    private void run(int persons, int villages, int groups) throws Exception {
        double loadSeconds = app.as(STAFF, () -> load(persons, villages, groups));
        report.append("""
                # Monthly re-check benchmark

                - machine: %d cores, JDK %s, %s
                - tenant %s (城关镇): %,d outflow persons away over %d villages and communities and %d groups,
                  loaded in %.0f s, then `vacuum analyze`

                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                TOWNSHIP, persons, unitCount("kind <> 'GROUP'"), unitCount("kind = 'GROUP'"), loadSeconds));
        app.as(STAFF, this::generations);
        markSome();
        long ownList = app.as(OFFICER, () -> rechecks.ownList().orElseThrow().getId());
        report.append("""

                | call (as the view makes it) | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                """);
        report.append(app.as(OFFICER,
                () -> measure("officer's list, first page of " + PAGE, 50, () -> officerPage(ownList))))
                .append('\n');
        report.append(app.as(STAFF, () -> measure("township's progress view", 100, this::progressView))).append('\n');
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("recheck-plans.md"), plans(ownList));
        Files.writeString(BenchmarkFiles.WORK.resolve("recheck-results.md"), report);
        System.out.println(report);
    }

    /**
     * The villages (the township's own and more) and their groups, then the persons registered as the registry does,
     * spread over them, then one open trip each (set-based).
     */
    private double load(int persons, int villages, int groups) {
        long start = System.nanoTime();
        String schema = TOWNSHIP.schema();
        List<String> villageCodes = new ArrayList<>(app.owner().sql("select code from " + schema
                + ".org_unit where active and kind = 'VILLAGE' order by code").query(String.class).list());
        for (int i = villageCodes.size(); i < villages; i++) {
            String code = TOWNSHIP.value() + (600 + i);
            app.owner().sql("insert into " + schema + ".org_unit (code, name, kind) values (?, ?, 'VILLAGE')")
                    .params(code, "测试村" + (i + 1)).update();
            villageCodes.add(code);
        }
        int haveGroups = app.owner().sql("select count(*) from " + schema + ".org_unit where active and kind = 'GROUP'")
                .query(Integer.class).single();
        for (int i = haveGroups; i < groups; i++) {
            String village = villageCodes.get(i % villages);
            app.owner().sql("insert into " + schema + ".org_unit (code, name, kind, parent_code, source)"
                            + " values (?, ?, 'GROUP', ?, 'ENTERED')")
                    .params(village + "%03d".formatted(100 + i / villages), "测试组" + (i + 1), village).update();
        }
        SyntheticPersons synthetic = new SyntheticPersons(context.getBean(Divisions.class), TOWNSHIP.value(),
                context.getBean(OrgUnits.class).active(), CountyTime.today(context.getBean(Clock.class)), 2026);
        PersonRegistry registry = context.getBean(PersonRegistry.class);
        for (int done = 0; done < persons; done += CHUNK) {
            List<PersonDetails> chunk = new ArrayList<>();
            for (int i = done; i < Math.min(done + CHUNK, persons); i++) {
                chunk.add(synthetic.next());
            }
            PersonFixtures.registerAll(registry, chunk);
            System.out.printf("registered %,d of %,d persons%n", done + chunk.size(), persons);
        }
        app.owner().sql("update " + schema + ".person set flow_type = 'OUTFLOW', registration_place = ?")
                .param(TOWNSHIP.value()).update();
        app.owner().sql("""
                insert into %1$s.outflow_trip (person_id, departure_day, destination_code, certificate_held, declared_by,
                    declared_on, on_time, repeated, source, created_at, created_by, updated_at, updated_by)
                select p.id, current_date - 1 - (p.id %% 300)::int, '510104018', p.id %% 5 <> 0, '本人',
                    current_date - 1 - (p.id %% 300)::int, true, false, 'IMPORT', now(), 'benchmark', now(), 'benchmark'
                from %1$s.person p
                where not exists (select 1 from %1$s.outflow_trip t where t.person_id = p.id and t.return_day is null)
                """.formatted(schema)).update();
        app.owner().sql("vacuum analyze").update();
        return (System.nanoTime() - start) / 1e9;
    }

    private int unitCount(String condition) {
        return app.owner().sql("select count(*) from " + TOWNSHIP.schema() + ".org_unit where active and " + condition)
                .query(Integer.class).single();
    }

    /** The month's lists made again and again, each time from none. */
    private Void generations() {
        RecheckGeneration generation = context.getBean(RecheckGeneration.class);
        report.append("| making the month's lists | run | lists | entries | time | target |\n| --- | ---: | ---: | ---: | ---: | --- |\n");
        for (int run = 1; run <= GENERATIONS; run++) {
            deleteMonth();
            long start = System.nanoTime();
            generation.generate(month);
            double ms = (System.nanoTime() - start) / 1e6;
            String counts = app.owner().sql("select (select count(*) from " + TOWNSHIP.schema()
                    + ".recheck_list) || '|' || "
                    + "(select count(*) from " + TOWNSHIP.schema() + ".recheck_entry)").query(String.class).single();
            report.append("| generation | %d | %s | %.0f ms | under 2,000 ms: %s |\n".formatted(run,
                    counts.replace("|", " | "), ms, ms < 2_000 ? "met" : "**missed**"));
        }
        return null;
    }

    private void deleteMonth() {
        String schema = TOWNSHIP.schema();
        for (String table : List.of("recheck_finding", "recheck_entry", "recheck_list", "recheck_month")) {
            app.owner().sql("delete from " + schema + "." + table).update();
        }
    }

    /** 40 % of the entries marked, as in the middle of a month. */
    private void markSome() {
        app.owner().sql("update " + TOWNSHIP.schema() + ".recheck_entry set result = 'STILL_AWAY', marked_at = now(), "
                + "marked_by = 'benchmark' where id % 5 < 2").update();
        app.owner().sql("vacuum analyze").update();
    }

    /** What the officer's list view asks for: the list, its own progress, the first page of cards. */
    private int officerPage(long listId) {
        rechecks.list(listId);
        rechecks.progressOf(listId);
        return rechecks.entries(listId, "", PageRequest.of(0, PAGE)).size();
    }

    /** What the township's progress view asks for: months, due day, each unit's progress, the open findings. */
    private int progressView() {
        rechecks.months();
        rechecks.setting();
        rechecks.countOpenFindings();
        rechecks.openFindings(PageRequest.of(0, 200));
        return rechecks.progress(month).size();
    }

    private String measure(String label, double targetMs, Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        Latencies latencies = new Latencies(ITERATIONS);
        for (int i = 0; i < ITERATIONS; i++) {
            long start = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - start);
        }
        double p95 = latencies.percentile(95);
        return "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | under %.0f ms: %s |".formatted(label,
                latencies.percentile(50), p95, latencies.percentile(99), latencies.max(), targetMs,
                p95 < targetMs ? "met" : "**missed**");
    }

    /** The plans of the generation (in a transaction rolled back), of the progress and of the first page. */
    private String plans(long listId) throws SQLException {
        StringBuilder plans = new StringBuilder("# Re-check query plans\n\n");
        LocalDate first = month.atDay(1);
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement session = connection.createStatement()) {
            connection.setAutoCommit(false);
            session.execute("set local role \"" + TOWNSHIP.role() + "\"; set local search_path to \""
                    + TOWNSHIP.schema() + "\"");
            try {
                session.execute("delete from recheck_finding; delete from recheck_entry; delete from recheck_list; "
                        + "delete from recheck_month; insert into recheck_month values ('" + first + "', now())");
                explain(connection, plans, "generation: lists", """
                        insert into recheck_list (month, org_unit_code, due_on, generated_at)
                        select ?, unit, ?, now() from (
                            select code as unit from org_unit where active
                            union
                            select coalesce(p.org_unit_code, ?) from outflow_trip t
                            join person p on p.id = t.person_id where t.return_day is null) units
                        on conflict (month, org_unit_code) do nothing""", first, month.atDay(25), TOWNSHIP.value());
                explain(connection, plans, "generation: entries", """
                        insert into recheck_entry (list_id, person_id, trip_id)
                        select l.id, t.person_id, t.id from outflow_trip t
                        join person p on p.id = t.person_id
                        join recheck_list l on l.month = ? and l.org_unit_code = coalesce(p.org_unit_code, ?)
                        where t.return_day is null
                        on conflict (list_id, person_id) do nothing""", first, TOWNSHIP.value());
            } finally {
                connection.rollback();
            }
            session.execute("set local role \"" + TOWNSHIP.role() + "\"; set local search_path to \""
                    + TOWNSHIP.schema() + "\"");
            explain(connection, plans, "progress of every unit", """
                    select l.id, l.org_unit_code, l.due_on, count(e.id), count(e.result) from recheck_list l
                    left join recheck_entry e on e.list_id = l.id
                    where l.month = ? group by l.id""", first);
            explain(connection, plans, "an officer's first page", """
                    select e.*, p.*, t.* from recheck_entry e join person p on p.id = e.person_id
                    join outflow_trip t on t.id = e.trip_id where e.list_id = ?
                    order by case when e.result is null then 0 else 1 end, p.name, e.id
                    offset 0 rows fetch first 50 rows only""", listId);
            connection.rollback();
        }
        return plans.toString();
    }
}
