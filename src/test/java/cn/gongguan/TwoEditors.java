package cn.gongguan;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.TestLogins;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two users saving the same record, each in a thread of their own logged in as that user, as two browsers would: one
 * after the other, or overlapping so that both have read the record before either writes.
 */
@Component
public class TwoEditors {

    private static final int TIMEOUT_SECONDS = 60;

    /** One user's part: {@code open} reads the record as their form did, {@code save} saves their changes. */
    public record Editor(String username, Runnable open, Runnable save) {
    }

    /** How one user's save ended: {@code refusal} is null when it was saved. */
    public record Outcome(String username, RuntimeException refusal) {
    }

    private final TestLogins logins;

    TwoEditors(TestLogins logins) {
        this.logins = logins;
    }

    /** The first user saves and commits, then the second saves. */
    public List<Outcome> oneAfterTheOther(Editor first, Editor second) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Outcome one = threads.submit(() -> attempt(first, first.save())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            Outcome two = threads.submit(() -> attempt(second, second.save())).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return List.of(one, two);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Both save at once: each in one transaction of {@code transactions} that opens the record, waits until the other
     * has opened it too, then saves. Both pass the service's version check before either writes, so what stands
     * between them is the database's guard of the version (or the row lock of a record kept by plain SQL).
     */
    public List<Outcome> overlapping(PlatformTransactionManager transactions, Editor first, Editor second) {
        CyclicBarrier bothOpened = new CyclicBarrier(2);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            var one = CompletableFuture.supplyAsync(() -> attempt(first, together(transaction, bothOpened, first)), threads);
            var two = CompletableFuture.supplyAsync(() -> attempt(second, together(transaction, bothOpened, second)), threads);
            return List.of(one.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), two.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static Runnable together(TransactionTemplate transaction, CyclicBarrier bothOpened, Editor editor) {
        return () -> transaction.executeWithoutResult(status -> {
            editor.open().run();
            try {
                bothOpened.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other user never opened the record", e);
            }
            editor.save().run();
        });
    }

    private Outcome attempt(Editor editor, Runnable work) {
        try {
            as(editor.username(), () -> {
                work.run();
                return null;
            });
            return new Outcome(editor.username(), null);
        } catch (RuntimeException refusal) {
            return new Outcome(editor.username(), refusal);
        }
    }

    /**
     * Runs the work logged in as the user, with their tenant bound, as a request of theirs would; the thread's own
     * login (a test's) is back afterwards.
     */
    public <T> T as(String username, Supplier<T> work) {
        GongguanUser user = logins.principal(username);
        Authentication own = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return TenantContext.callAs(user.tenant(), work);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(own);
        }
    }
}
