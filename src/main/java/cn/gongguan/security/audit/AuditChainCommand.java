package cn.gongguan.security.audit;

import java.io.PrintStream;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar gongguan.jar --verify-audit-chain}: verifies every audit chain, prints one line per chain (its
 * events and head hash, or its first broken link) and exits with 0 when all are intact, 1 when one is broken. The
 * application starts without its web server for it (see {@code GongguanApplication}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class AuditChainCommand implements ApplicationRunner {

    public static final String OPTION = "verify-audit-chain";

    private final AuditChains chains;
    private final ConfigurableApplicationContext context;

    AuditChainCommand(AuditChains chains, ConfigurableApplicationContext context) {
        this.chains = chains;
        this.context = context;
    }

    /** Whether the command line asks for the verification instead of the application. */
    public static boolean requested(String... args) {
        return List.of(args).contains("--" + OPTION);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(OPTION)) {
            int status = verify(System.out);
            System.exit(SpringApplication.exit(context, () -> status));
        }
    }

    /** Prints the verdict of every chain; returns the exit status. */
    int verify(PrintStream out) {
        List<AuditChains.Verdict> verdicts = chains.verifyAll();
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
}
