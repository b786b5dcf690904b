package cn.gongguan.security.audit;

import cn.gongguan.platform.PlatformDatabase;
import cn.gongguan.platform.PlatformTransactional;
import java.io.PrintStream;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * {@code java -jar gongguan.jar --verify-audit-chain}: verifies every audit chain, prints one line per chain (its
 * events and head hash, or its first broken link) and exits with 0 when all are intact, 1 when one is broken. It runs
 * in a small application context of its own — the database (migrated like at start-up) and the audit trail, no web
 * server, no tenant reconciliation, no demo data — with the application's settings.
 */
public final class AuditChainCommand {

    public static final String OPTION = "--verify-audit-chain";

    private AuditChainCommand() {
    }

    /** Whether the command line asks for the verification instead of the application. */
    public static boolean requested(String... args) {
        return List.of(args).contains(OPTION);
    }

    /** Verifies and prints; returns the exit status. */
    public static int run(String... args) {
        SpringApplication application = new SpringApplication(Context.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(args)) {
            return print(context.getBean(AuditChains.class).verifyAll(), System.out);
        }
    }

    /** Prints the verdict of every chain; returns the exit status. */
    static int print(List<AuditChains.Verdict> verdicts, PrintStream out) {
        for (AuditChains.Verdict verdict : verdicts) {
            String chain = verdict.chain().isEmpty() ? "platform" : verdict.chain();
            out.println(verdict.broken()
                    .map(b -> "audit chain " + chain + ": BROKEN at event " + b.eventId() + " (" + b.at()
                            + ", position " + b.position() + " of " + verdict.events() + "): " + explain(b.kind()))
                    .orElse("audit chain " + chain + ": intact, " + verdict.events() + " events, head "
                            + verdict.head()));
        }
        long broken = verdicts.stream().filter(v -> !v.intact()).count();
        out.println(broken == 0 ? "all " + verdicts.size() + " audit chains intact"
                : broken + " of " + verdicts.size() + " audit chains broken");
        return broken == 0 ? 0 : 1;
    }

    private static String explain(AuditChains.Break kind) {
        return switch (kind) {
            case ALTERED -> "this event was altered";
            case LINK_BROKEN -> "an event before it was removed, altered or inserted";
            case END_MISSING -> "the events after it were removed";
        };
    }

    /**
     * The command's context: the data source and the owner's connection (the embedded database's or an external one), the platform schema, the audit trail.
     * Deliberately no {@code @Configuration}, so that the application's own component scan does not pick it up.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
            JdbcClientAutoConfiguration.class})
    @EnableTransactionManagement
    @ConfigurationPropertiesScan("cn.gongguan.platform")
    @ComponentScan(basePackages = "cn.gongguan.platform", useDefaultFilters = false, includeFilters =
            @ComponentScan.Filter(type = FilterType.REGEX, pattern = "cn\\.gongguan\\.platform\\.(Embedded|External)DatabaseConfiguration"))
    @Import({PlatformDatabase.class, AuditTrail.class, AuditChains.class})
    static class Context {

        @Bean(PlatformTransactional.MANAGER)
        JdbcTransactionManager platformTransactionManager(DataSource dataSource) {
            return new JdbcTransactionManager(dataSource);
        }
    }
}
