package cn.gongguan.benchmark;

import cn.gongguan.GongguanApplication;
import cn.gongguan.exchange.IndexTasks;
import cn.gongguan.outflow.OutflowFixtures;
import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.TripSource;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.registry.PersonDetails;
import cn.gongguan.registry.PersonFixtures;
import cn.gongguan.registry.PersonRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The person index benchmark of issue 12: 1,000,000 index entries over the 1,491 tenants of Gansu (1,403 townships and
 * their 88 counties, from {@code gansu-townships.csv}; their {@code platform.tenant} rows suffice for the index, no
 * schemas), then
 * <ul>
 * <li>an index lookup — the one {@code person_index_hold} makes for every holding it records: the other holders of a
 * hash — timed as the function's owner runs it, with its plan;</li>
 * <li>from B's save to A's linked task visible: 伏家镇 (B) registers a person whom 城关镇 (A) declared away, as the
 * registry's form saves it; the time until 城关镇, logged in, sees the task and the confirmation on the outflow
 * record (the confirmation is applied after B's commit, in A's own transaction).</li>
 * </ul>
 *
 * <p>Run alone: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=PersonIndexBenchmark
 * [-Dexec.args="<entries> <meetings>"]} (defaults 1,000,000 and 300; a smoke run takes e.g. "20000 20"). Results go
 * to the console and {@code target/benchmark/person-index-results.md}, the plan to
 * {@code target/benchmark/person-index-plans.md}; docs/benchmarks.md keeps the measured numbers.
 */
public final class PersonIndexBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("person-index-postgres");
    private static final int LOOKUPS = 10_000;
    private static final int WARM_UP = 1_000;
    private static final String LOOKUP = """
            select i.tenant_code, i.holding from platform.person_index i
            where i.id_hash = ? and i.tenant_code <> ? order by i.tenant_code""";

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final StringBuilder report = new StringBuilder();
    private final Random random = new Random(12);

    private PersonIndexBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int meetings = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.embedded-db.data-directory=" + DATABASE.toAbsolutePath(),
                        "--gongguan.demo.enabled=true",
                        // the benchmark's tenant rows have no schema: no background work walks them meanwhile
                        "--gongguan.index.pass-delay=P1D", "--gongguan.index.catch-up-delay=P1D")) {
            new PersonIndexBenchmark(context).run(entries, meetings);
        }
    }

    private void run(int entries, int meetings) throws Exception {
        long start = System.nanoTime();
        int tenants = app.loadGansuTenants();
        loadEntries(entries);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        report.append("""
                # Person index benchmark

                - machine: %d cores, JDK %s, %s
                - %,d index entries over %,d tenants (the Gansu tenant rows and Huixian's), loaded in %.0f s, then
                  `vacuum analyze`; index size %s, table %s

                | measure | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                app.owner().sql("select count(*) from platform.person_index").query(Long.class).single(), tenants,
                loadSeconds, size("platform.person_index_hash_idx"), size("platform.person_index")));
        report.append(lookups()).append('\n');
        report.append(meetings(meetings)).append('\n');
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("person-index-plans.md"), plan());
        Files.writeString(BenchmarkFiles.WORK.resolve("person-index-results.md"), report);
        System.out.println(report);
    }

    /**
     * Entries spread evenly over the tenants, set-based: a hash of a made-up number each (a keyed hash is as random),
     * holdings as a county's mix might be — mostly inflow, some outflow away or back, a few intra-county.
     */
    private void loadEntries(int entries) {
        app.owner().sql("""
                insert into platform.person_index (tenant_code, person_id, id_hash, key_version, holding)
                select t.code, 1000000000 + i, sha256(('benchmark-' || i)::bytea), 1,
                       case when i % 20 < 14 then 'INFLOW' when i % 20 < 16 then 'INTRA_COUNTY'
                            when i % 20 < 19 then 'OUTFLOW' else 'RETURNED' end
                from generate_series(1, ?) i
                join (select code, row_number() over (order by code) - 1 as n from platform.tenant) t
                  on t.n = i % (select count(*) from platform.tenant)
                on conflict do nothing""").param(entries).update();
        app.owner().sql("vacuum analyze platform.person_index").update();
    }

    /** Other holders of a hash held already, as person_index_hold looks them up (as its owner). */
    private String lookups() throws SQLException {
        long count = app.owner().sql("select count(*) from platform.person_index").query(Long.class).single();
        try (Connection connection = ownerConnection();
             PreparedStatement lookup = connection.prepareStatement(LOOKUP)) {
            for (int i = 0; i < WARM_UP; i++) {
                lookup(lookup);
            }
            Latencies latencies = new Latencies(LOOKUPS);
            for (int i = 0; i < LOOKUPS; i++) {
                long start = System.nanoTime();
                lookup(lookup);
                latencies.add(System.nanoTime() - start);
            }
            return row("index lookup (other holders of a hash, of %,d entries)".formatted(count), latencies, 1);
        }
    }

    private void lookup(PreparedStatement lookup) throws SQLException {
        lookup.setBytes(1, sha("benchmark-" + (1 + random.nextInt(1_000_000))));
        lookup.setString(2, "621227100");
        try (ResultSet rows = lookup.executeQuery()) {
            while (rows.next()) {
                rows.getString(1);
            }
        }
    }

    /**
     * 城关镇 declares each person away (not timed), then 伏家镇 registers them and 城关镇 looks: timed from the start of
     * 伏家镇's save to 城关镇 seeing both the task on the outflow record and the destination's confirmation.
     */
    private String meetings(int meetings) {
        OutflowTrips trips = context.getBean(OutflowTrips.class);
        PersonRegistry registry = context.getBean(PersonRegistry.class);
        IndexTasks tasks = context.getBean(IndexTasks.class);
        LocalDate today = CountyTime.today(context.getBean(Clock.class));
        Latencies latencies = new Latencies(meetings);
        for (int i = 0; i < meetings; i++) {
            PersonDetails person = OutflowFixtures.person("索引测" + i, null);
            OutflowTrip trip = app.as("chengguan.staff", () -> trips.depart(person,
                    OutflowFixtures.trip(today.minusDays(3), OutflowFixtures.FUJIA), TripSource.TOWNSHIP));
            long start = System.nanoTime();
            app.as("fujia.staff", () -> registry.register(inflow(person)));
            boolean visible = app.as("chengguan.staff", () -> !tasks.aboutOutflow(new IdNumber(person.getIdNumber()))
                    .isEmpty() && !trips.confirmations(trip.getPerson().getId()).isEmpty());
            latencies.add(System.nanoTime() - start);
            if (!visible) {
                throw new IllegalStateException("The task of meeting " + i + " is not visible to 城关镇");
            }
        }
        return row("B's save → A's linked task visible (%,d meetings)".formatted(meetings), latencies, 1_000);
    }

    private static PersonDetails inflow(PersonDetails outflow) {
        PersonDetails details = PersonFixtures.details(outflow.getName(), outflow.getIdNumber());
        details.setRegistrationPlace("621227100");
        details.setFlowType(FlowType.INFLOW);
        details.setMaritalStatus(MaritalStatus.MARRIED);
        return details;
    }

    private static String row(String label, Latencies latencies, double targetMs) {
        double p95 = latencies.percentile(95);
        return "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | under %,.0f ms: %s |".formatted(label,
                latencies.percentile(50), p95, latencies.percentile(99), latencies.max(), targetMs,
                p95 < targetMs ? "met" : "**missed**");
    }

    /** The lookup's plan, as the owner runs it inside person_index_hold. */
    private String plan() throws SQLException {
        StringBuilder plan = new StringBuilder("# Person index query plan\n\n").append(LOOKUP).append("\n\n");
        try (Connection connection = ownerConnection();
             PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + LOOKUP)) {
            explain.setBytes(1, sha("benchmark-4242"));
            explain.setString(2, "621227100");
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
        }
        return plan.toString();
    }

    private static byte[] sha(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String size(String relation) {
        return app.owner().sql("select pg_size_pretty(pg_relation_size(?::regclass))").param(relation)
                .query(String.class).single();
    }

    private Connection ownerConnection() throws SQLException {
        return app.ownerConnection();
    }
}
