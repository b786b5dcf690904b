package cn.gongguan.security;

import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * An account is locked after {@value #MAX_FAILURES} failed logins within {@link #WINDOW} (counted from its last
 * successful login or unlock), until the oldest of them is older than the window or a security administrator unlocks
 * it. The failures are read from the audit trail, the one record of every login.
 */
@Component
class LoginLockout {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuditTrail audit;
    private final Clock clock;

    LoginLockout(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    int recentFailures(String username) {
        return audit.failuresSinceLastSuccess(username, clock.instant().minus(WINDOW));
    }

    boolean isLocked(String username) {
        return recentFailures(username) >= MAX_FAILURES;
    }
}
