package cn.gongguan.benchmark;

import cn.gongguan.GongguanApplication;
import cn.gongguan.certificate.CertificateVerification;
import cn.gongguan.certificate.Inquirer;
import cn.gongguan.certificate.api.ApiTokens;
import cn.gongguan.certificate.api.NewToken;
import cn.gongguan.exchange.PersonIndex;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Department;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The certificate API's benchmark of issue 16: {@code GET /api/v1/certificates/{idNumber}} over real HTTP against the
 * running application, at a constant arrival rate (default 1,000 requests a second for 30 s, after 5 s of warm-up at
 * the same rate) on a token with a high limit, while {@value #LIMITED_TOKENS} other tokens of
 * {@value #LIMITED_PER_MINUTE} requests a minute are sent {@value #LIMITED_RATE} requests a second between them and
 * are mostly refused (429). The numbers asked are the demo persons' (valid, expired and no certificates) and as many
 * numbers nobody holds. Each request is the whole path: the token found by its hash, its rate limit, the county's
 * tenant transaction, {@code platform.certificate_answer}, the audit event and, for a "none" or "expired" of a known
 * person, the township's follow-up (once). Latency is counted from the moment a request was due, so a server that falls
 * behind shows it. For comparison the service alone ({@link CertificateVerification#verify}, in process) is timed too.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=CertificateApiBenchmark
 * [-Dexec.args="<requests per second> <seconds>"]}. Results go to the console and
 * {@code target/benchmark/certificate-api-results.md}; docs/benchmarks.md keeps the measured numbers.
 */
public final class CertificateApiBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("certificate-api-postgres");
    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final int WARM_UP_SECONDS = 5;
    private static final int LIMITED_TOKENS = 4;
    private static final int LIMITED_PER_MINUTE = 60;
    private static final int LIMITED_RATE = 50;
    private static final int CLIENTS = 64;
    private static final int IN_PROCESS = 2_000;

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private CertificateApiBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/api/v1/certificates/";
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.embedded-db.data-directory=" + DATABASE.toAbsolutePath(),
                        "--gongguan.demo.enabled=true", "--gongguan.figures.recount-delay=P1D",
                        "--gongguan.index.pass-delay=P1D")) {
            new CertificateApiBenchmark(context).run(rate, seconds);
        }
    }

    private void run(int rate, int seconds) throws Exception {
        ApiTokens tokens = context.getBean(ApiTokens.class);
        String busy = app.as("county.sysadmin", () -> tokens.create(
                new NewToken("基准测试：高限额", Department.POLICE, 1_000_000)).secret());
        List<String> limited = new ArrayList<>();
        for (int i = 1; i <= LIMITED_TOKENS; i++) {
            int n = i;
            limited.add(app.as("county.sysadmin", () -> tokens.create(
                    new NewToken("基准测试：限额 " + n, Department.MARKET, LIMITED_PER_MINUTE)).secret()));
        }
        List<String> numbers = numbers();
        Latencies inProcess = inProcess(numbers);
        Latencies answerAlone = answerAlone(numbers);
        Latencies auditAlone = auditAlone();

        drive(busy, limited, numbers, rate, WARM_UP_SECONDS);
        long auditBefore = audited();
        Run measured = drive(busy, limited, numbers, rate, seconds);
        long auditEvents = audited() - auditBefore;
        double p95 = measured.latencies().percentile(95);
        double achieved = measured.count() / measured.seconds();
        String report = """
                # Certificate API benchmark

                - machine: %d cores, JDK %s, %s; load average at the end %s
                - %,d numbers asked in turn: %,d of demo persons, the rest held by nobody
                - the busy token: %,d requests due at %,d/s for %d s (after %d s of warm-up); %,d answered in %.1f s \
                (%.0f/s); statuses %s
                - meanwhile %d tokens limited to %d/min, sent %d/s between them: statuses %s
                - audit events written during the measured run: %,d

                | call | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                | GET /api/v1/certificates/{idNumber} over HTTP, from when it was due | %.1f ms | %.1f ms | %.1f ms \
                | %.1f ms | under 20 ms at %,d/s: %s |
                | CertificateVerification.verify in process, one at a time (%,d calls) | %.1f ms | %.1f ms | %.1f ms \
                | %.1f ms | |
                | of which: platform.certificate_answer alone, in a county transaction | %.1f ms | %.1f ms | %.1f ms \
                | %.1f ms | |
                | of which: one audit event alone, in a county transaction, committed | %.1f ms | %.1f ms | %.1f ms \
                | %.1f ms | |
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                Files.readString(Path.of("/proc/loadavg")).strip(), numbers.size(), known,
                (long) rate * seconds, rate, seconds, WARM_UP_SECONDS, measured.count(), measured.seconds(), achieved,
                measured.statuses(), LIMITED_TOKENS, LIMITED_PER_MINUTE, LIMITED_RATE, measured.limitedStatuses(),
                auditEvents, measured.latencies().percentile(50), p95, measured.latencies().percentile(99),
                measured.latencies().max(), rate,
                p95 < 20 && achieved >= rate * 0.98 ? "met" : "**missed**", IN_PROCESS,
                inProcess.percentile(50), inProcess.percentile(95), inProcess.percentile(99), inProcess.max(),
                answerAlone.percentile(50), answerAlone.percentile(95), answerAlone.percentile(99), answerAlone.max(),
                auditAlone.percentile(50), auditAlone.percentile(95), auditAlone.percentile(99), auditAlone.max());
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("certificate-api-results.md"), report);
        System.out.println(report);
    }

    private int known;

    /** The demo persons' numbers (every township and committee of the county) and as many that nobody holds. */
    private List<String> numbers() {
        List<String> schemas = app.owner().sql("""
                select 't_' || code from platform.tenant where code like '621227%' and kind <> 'COUNTY'
                and status = 'READY'""").query(String.class).list();
        List<String> numbers = new ArrayList<>();
        for (String schema : schemas) {
            numbers.addAll(app.owner().sql("select id_number from " + schema + ".person").query(String.class).list());
        }
        known = numbers.size();
        for (int i = 0; numbers.size() < 2 * known || numbers.size() < 1_000; i++) {
            String first = "620102" + (19_700_101 + (i % 28)) + "%03d".formatted(i % 1_000);
            numbers.add(first + IdNumber.checkCharacter(first));
        }
        java.util.Collections.shuffle(numbers, new java.util.Random(16));
        return numbers;
    }

    /** The service alone, in process and one call at a time: what the HTTP path adds is the rest. */
    private Latencies inProcess(List<String> numbers) {
        CertificateVerification verification = context.getBean(CertificateVerification.class);
        Inquirer inquirer = new Inquirer(Department.POLICE, "基准测试：进程内", Inquirer.Channel.API);
        Latencies latencies = new Latencies(IN_PROCESS);
        for (int i = 0; i < IN_PROCESS; i++) {
            String number = numbers.get(i % numbers.size());
            long begin = System.nanoTime();
            TenantContext.callAs(COUNTY, () -> verification.verify(number, inquirer));
            latencies.add(System.nanoTime() - begin);
        }
        return latencies;
    }

    /** The answer function alone, as the county's role calls it: what the database's look-up costs. */
    private Latencies answerAlone(List<String> numbers) {
        PersonIndex index = context.getBean(PersonIndex.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        LocalDate day = LocalDate.now(CountyTime.ZONE);
        Latencies latencies = new Latencies(IN_PROCESS);
        for (int i = 0; i < IN_PROCESS; i++) {
            byte[] hash = index.hashOf(IdNumber.parse(numbers.get(i % numbers.size()), day));
            long begin = System.nanoTime();
            TenantContext.callAs(COUNTY, () -> transaction.execute(status -> jdbc
                    .sql("select valid_until from platform.certificate_answer(?)").param(hash).query().listOfRows()));
            latencies.add(System.nanoTime() - begin);
        }
        return latencies;
    }

    /** One audit event alone, in its own county transaction: the chained insert and the durable commit. */
    private Latencies auditAlone() {
        AuditTrail audit = context.getBean(AuditTrail.class);
        TransactionTemplate transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        Latencies latencies = new Latencies(IN_PROCESS);
        for (int i = 0; i < IN_PROCESS; i++) {
            long begin = System.nanoTime();
            TenantContext.callAs(COUNTY, () -> transaction.execute(status -> {
                audit.record(COUNTY, "基准测试：审计", AuditAction.CERTIFICATE_VERIFIED, "id:benchmark", "POLICE API NONE",
                        null);
                return null;
            }));
            latencies.add(System.nanoTime() - begin);
        }
        return latencies;
    }

    /**
     * Sends the busy token's requests at a constant rate from {@value #CLIENTS} clients (each takes the next request
     * and waits until it is due) and, meanwhile, the limited tokens' requests.
     */
    private Run drive(String busy, List<String> limited, List<String> numbers, int rate, int seconds)
            throws InterruptedException {
        long total = (long) rate * seconds;
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        AtomicLong next = new AtomicLong();
        Latencies latencies = new Latencies((int) total);
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> limitedStatuses = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long end;
        try (ExecutorService limitedRequests = Executors.newVirtualThreadPerTaskExecutor();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // the limited tokens' requests go out at their rate whatever the answers take: each on its own thread
            clients.submit(() -> {
                for (long n = 0; running.get(); n++) {
                    LockSupport.parkNanos(1_000_000_000L / LIMITED_RATE);
                    long k = n;
                    limitedRequests.submit(() -> count(limitedStatuses, send(limited.get((int) (k % limited.size())),
                            numbers.get((int) (k % numbers.size())))));
                }
                return null;
            });
            List<java.util.concurrent.Future<?>> senders = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                senders.add(clients.submit(() -> {
                    for (long n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        long due = start + n * interval;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        int status = send(busy, numbers.get((int) (n % numbers.size())));
                        long took = System.nanoTime() - due;
                        synchronized (latencies) {
                            latencies.add(took);
                        }
                        count(statuses, status);
                    }
                    return null;
                }));
            }
            for (var sender : senders) {
                sender.get();
            }
            end = System.nanoTime();
            running.set(false);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return new Run(latencies, total, (end - start) / 1e9, statuses.toString(), limitedStatuses.toString());
    }

    private int send(String secret, String number) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + number))
                    .header("Authorization", "Bearer " + secret).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -2;
        }
    }

    private static void count(Map<Integer, LongAdder> statuses, int status) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    private long audited() {
        return app.owner().sql("select count(*) from platform.audit_event where action = 'CERTIFICATE_VERIFIED'")
                .query(Long.class).single();
    }

    private record Run(Latencies latencies, long count, double seconds, String statuses, String limitedStatuses) {
    }
}
