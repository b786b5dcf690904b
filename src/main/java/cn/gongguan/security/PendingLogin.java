package cn.gongguan.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The principal of a login whose password was right but which still has {@link LoginStep steps} to do. It is not a
 * {@link GongguanUser}: no tenant is bound for it, no service works for it and no view but the step page opens.
 */
public final class PendingLogin implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The only authority of a pending login. */
    static final SimpleGrantedAuthority AUTHORITY = new SimpleGrantedAuthority("LOGIN_PENDING");

    private final long accountId;
    private final String username;
    private final int epoch;
    private final EnumSet<LoginStep> steps;

    PendingLogin(long accountId, String username, int epoch, Set<LoginStep> steps) {
        this.accountId = accountId;
        this.username = username;
        this.epoch = epoch;
        this.steps = EnumSet.noneOf(LoginStep.class);
        this.steps.addAll(steps);
    }

    long accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    int epoch() {
        return epoch;
    }

    /** The step to do now. */
    public LoginStep next() {
        return steps.iterator().next();
    }

    boolean isComplete() {
        return steps.isEmpty();
    }

    /** The same login with {@code done} done. */
    PendingLogin without(LoginStep done, int newEpoch) {
        EnumSet<LoginStep> rest = EnumSet.copyOf(steps);
        rest.remove(done);
        return new PendingLogin(accountId, username, newEpoch, rest);
    }

    @Override
    public String toString() {
        return username;
    }
}
