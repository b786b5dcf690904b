package cn.gongguan.security;

import cn.gongguan.platform.Sealer;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * An account is locked after {@value #MAX_FAILURES} failed logins within {@link #WINDOW} (counted from its last
 * successful login or unlock), until the oldest of them is older than the window or a security administrator unlocks
 * it. A wrong second-factor code and a wrong current password at a change count as failures too. The failures are
 * read from the audit trail, the one record of every login; callers hold the account's row lock while they check,
 * verify and record, so parallel attempts are counted one after the other and never more than the limit.
 */
@Component
class LoginLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuditTrail audit;
    private final Clock clock;
    private final Sealer sealer;

    LoginLockout(AuditTrail audit, Clock clock, Sealer sealer) {
        this.audit = audit;
        this.clock = clock;
        this.sealer = sealer;
    }

    int recentFailures(String username) {
        return audit.failuresSinceLastSuccess(username, clock.instant().minus(WINDOW));
    }

    boolean isLocked(String username) {
        return recentFailures(username) >= MAX_FAILURES;
    }

    /** Records a failed attempt on an account, and its locking when this was the last failure allowed. */
    void recordFailure(UserAccount account, String detail, String address) {
        audit.record(account.tenant(), account.username(), AuditAction.LOGIN_FAILURE, account.username(), detail, address);
        if (recentFailures(account.username()) == MAX_FAILURES) {
            audit.record(account.tenant(), account.username(), AuditAction.ACCOUNT_LOCKED, account.username(), null,
                    address);
        }
    }

    /**
     * Records a login under a user name no account has. The name is kept only as a keyed hash: people often type
     * their password into the name field.
     */
    void recordUnknown(String typed, String address) {
        String hashed = "#" + sealer.keyedHash(typed == null ? "" : typed).substring(0, 32);
        audit.record((TenantCode) null, hashed, AuditAction.LOGIN_FAILURE, hashed, "unknown user name", address);
    }
}
