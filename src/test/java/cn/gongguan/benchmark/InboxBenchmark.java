package cn.gongguan.benchmark;

import static cn.gongguan.benchmark.BenchmarkContext.explain;

import cn.gongguan.GongguanApplication;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.IdNumber;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The exchange's inbox benchmark of issue 12: one township (城关镇) with 50,000 incoming messages of every kind and state
 * — feedback and verification requests waiting, overdue, escalated, answered, closed; notices read and unread — from
 * the county's other units, and as many sent by others to each other (rows the township's role never sees). Then, as
 * 城关镇's staff: the first page of the inbox (overdue first) as the exchange view asks for it, and the view's counts.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:java -Dbenchmark.main=InboxBenchmark
 * [-Dexec.args="<messages>"]} (default 50,000; a smoke run takes e.g. "2000"). Results go to the console and
 * {@code target/benchmark/inbox-results.md}, the query plans to {@code target/benchmark/inbox-plans.md};
 * docs/benchmarks.md keeps the measured numbers.
 */
public final class InboxBenchmark {

    private static final Path DATABASE = BenchmarkFiles.WORK.resolve("inbox-postgres");
    private static final TenantCode TOWNSHIP = TenantCode.of("621227100");
    private static final String STAFF = "chengguan.staff";
    private static final int WARM_UP = 200;
    private static final int ITERATIONS = 1_000;
    private static final int PAGE = 50;
    /** One valid number for every message: the inbox's page does not look at it. */
    private static final String ID_NUMBER = "62122719900101123" + IdNumber.checkCharacter("62122719900101123");

    private final ConfigurableApplicationContext context;
    private final BenchmarkContext app;
    private final Exchange exchange;
    private final StringBuilder report = new StringBuilder();

    private InboxBenchmark(ConfigurableApplicationContext context) {
        this.context = context;
        this.app = new BenchmarkContext(context);
        this.exchange = context.getBean(Exchange.class);
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        BenchmarkFiles.deleteRecursively(DATABASE);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.embedded-db.data-directory=" + DATABASE.toAbsolutePath(),
                        "--gongguan.demo.enabled=true")) {
            new InboxBenchmark(context).run(messages);
        }
    }

    private void run(int messages) throws Exception {
        double loadSeconds = load(messages);
        String mix = app.owner().sql("""
                select string_agg(kind || ' ' || state || ': ' || n, ', ' order by kind, state) from (
                    select kind, case when answered_at is not null then 'answered' when closed_at is not null then 'closed'
                                      when kind = 'NOTICE' then case when read_at is null then 'unread' else 'read' end
                                      when escalate_on <= current_date then 'escalated'
                                      when due_on < current_date then 'overdue' else 'waiting' end as state, count(*) n
                    from platform.exchange_message where addressee_code = ? group by 1, 2) s""")
                .param(TOWNSHIP.value()).query(String.class).single();
        report.append("""
                # Exchange inbox benchmark

                - machine: %d cores, JDK %s, %s
                - tenant %s (城关镇): %,d incoming messages (%s), as many between other units; loaded in %.0f s,
                  then `vacuum analyze`

                | call (as the view makes it) | p50 | p95 | p99 | max | target (p95) |
                | --- | ---: | ---: | ---: | ---: | --- |
                """.formatted(Runtime.getRuntime().availableProcessors(), Runtime.version(), app.postgresVersion(),
                TOWNSHIP, messages, mix, loadSeconds));
        report.append(app.as(STAFF, () -> measure("inbox, first page of " + PAGE + " (overdue first)", 50,
                () -> exchange.list(Exchange.Box.INCOMING, Exchange.Filter.ALL, 0, PAGE).size()))).append('\n');
        report.append(app.as(STAFF, () -> measure("the view's counts (tabs, overdue, menu)", 100, this::counts)))
                .append('\n');
        report.append(app.as(STAFF, () -> measure("inbox filtered: verification requests overdue, first page", 50,
                () -> exchange.list(Exchange.Box.INCOMING, new Exchange.Filter(MessageKind.VERIFICATION,
                        Message.State.OVERDUE, null, null), 0, PAGE).size()))).append('\n');
        Files.createDirectories(BenchmarkFiles.WORK);
        Files.writeString(BenchmarkFiles.WORK.resolve("inbox-plans.md"), plans());
        Files.writeString(BenchmarkFiles.WORK.resolve("inbox-results.md"), report);
        System.out.println(report);
    }

    /** What the exchange view counts on opening: both tabs, the overdue summary, the menu's waiting items. */
    private int counts() {
        return exchange.count(Exchange.Box.INCOMING, Exchange.Filter.ALL)
                + exchange.count(Exchange.Box.SENT, Exchange.Filter.ALL) + exchange.countOverdue()
                + exchange.countWaiting();
    }

    /**
     * The messages, set-based as the owner: for 城关镇 from the county's other townships and committees, of every kind
     * and state, due days spread over four months around today; the same number between other units.
     */
    private double load(int messages) {
        long start = System.nanoTime();
        for (String addressee : new String[] {TOWNSHIP.value(), "621227102"}) {
            app.owner().sql("""
                    insert into platform.exchange_message (kind, origin, sender_code, addressee_code, person_name,
                        id_number, outcome, urgency, topic, title, notice_text, sent_by, sent_at, due_on, due_provisional,
                        escalate_on, answered_at, answered_by, result, read_at, read_by, closed_at, closed_by)
                    select kind, 'USER', sender, ?, case when kind <> 'NOTICE' then '测试' || i end,
                        case when kind <> 'NOTICE' then ? end,
                        case when kind = 'FEEDBACK' then 'VERIFIED' end,
                        case when kind = 'VERIFICATION' then 'NORMAL' end,
                        case when kind = 'VERIFICATION' then 'RESIDENCE' end,
                        case when kind = 'NOTICE' then '通报' || i end, case when kind = 'NOTICE' then '正文' end,
                        'benchmark', due - 10, case when kind <> 'NOTICE' then due end,
                        case when kind <> 'NOTICE' then false end, case when kind <> 'NOTICE' then due + 4 end,
                        case when kind <> 'NOTICE' and i % 10 < 5 then due - 2 end,
                        case when kind <> 'NOTICE' and i % 10 < 5 then 'benchmark' end,
                        case when kind = 'VERIFICATION' and i % 10 < 5 then 'CONFIRMED' end,
                        case when kind = 'NOTICE' and i % 2 = 0 then due - 9 end,
                        case when kind = 'NOTICE' and i % 2 = 0 then 'benchmark' end,
                        case when kind <> 'NOTICE' and i % 10 = 5 then due end,
                        case when kind <> 'NOTICE' and i % 10 = 5 then 'benchmark' end
                    from (select i, (array['FEEDBACK', 'FEEDBACK', 'VERIFICATION', 'VERIFICATION', 'NOTICE'])[i % 5 + 1]
                                   as kind,
                                 '6212271' || lpad((i % 14 + 1)::text, 2, '0') as sender,
                                 current_date - 60 + (i * 7919 % 120) as due
                          from generate_series(1, ?) i) g""")
                    .params(addressee, ID_NUMBER, messages).update();
        }
        app.owner().sql("vacuum analyze platform.exchange_message").update();
        return (System.nanoTime() - start) / 1e9;
    }

    private String measure(String label, double targetMs, Supplier<Integer> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        Latencies latencies = new Latencies(ITERATIONS);
        for (int i = 0; i < ITERATIONS; i++) {
            long begin = System.nanoTime();
            call.get();
            latencies.add(System.nanoTime() - begin);
        }
        double p95 = latencies.percentile(95);
        return "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | under %.0f ms: %s |".formatted(label,
                latencies.percentile(50), p95, latencies.percentile(99), latencies.max(), targetMs,
                p95 < targetMs ? "met" : "**missed**");
    }

    /** The plans of the first page and of the counts, as the township's role runs them. */
    private String plans() throws SQLException {
        StringBuilder plans = new StringBuilder("# Exchange inbox query plans\n\n");
        LocalDate today = CountyTime.today(context.getBean(Clock.class));
        String open = "(m.kind <> 'NOTICE' and m.answered_at is null and m.closed_at is null)";
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement session = connection.createStatement()) {
            connection.setAutoCommit(false);
            session.execute("set local role \"" + TOWNSHIP.role() + "\"");
            String me = "m.addressee_code = ?";
            String unread = "(m.kind = 'NOTICE' and m.read_at is null)";
            explain(connection, plans, "inbox, first page (as Exchange.list writes it)", """
                    select * from (
                    (select m.*, 0 as part from platform.exchange_message m where %1$s and %2$s
                     order by m.due_on, m.id limit 50)
                    union all
                    (select m.*, 1 as part from platform.exchange_message m where %1$s and %3$s
                     order by m.sent_at desc, m.id desc limit 50)
                    union all
                    (select m.*, 2 as part from platform.exchange_message m where %1$s and not %2$s and not %3$s
                     order by m.sent_at desc, m.id desc limit 50)
                    ) m order by m.part, case when m.part = 0 then m.due_on end, case when m.part = 0 then m.id end,
                        m.sent_at desc, m.id desc offset 0 limit 50""".formatted(me, open, unread),
                    TOWNSHIP.value(), TOWNSHIP.value(), TOWNSHIP.value());
            explain(connection, plans, "count of the inbox",
                    "select count(*) from platform.exchange_message m where m.addressee_code = ?", TOWNSHIP.value());
            explain(connection, plans, "count of the overdue", "select count(*) from platform.exchange_message m"
                    + " where m.addressee_code = ? and " + open + " and m.due_on < ?", TOWNSHIP.value(),
                    Date.valueOf(today));
            connection.rollback();
        }
        return plans.toString();
    }
}
