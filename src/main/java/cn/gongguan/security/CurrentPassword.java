package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a logged-in user's current password before an act that needs it (a password change, a second-factor
 * enrolment): a wrong one is a failed login, a locked account is refused, and the record commits whatever the act
 * does next. BCrypt runs before the account's row lock is taken, never under it.
 */
@Component
class CurrentPassword {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final LoginLockout lockout;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;

    CurrentPassword(UserAccounts accounts, PasswordEncoder encoder, LoginLockout lockout, AuditTrail audit,
                    @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.lockout = lockout;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether {@code password} is the account's current password; {@code what} names the act in the trail. */
    boolean check(long accountId, String password, String address, String what) {
        String checked = accounts.find(accountId).flatMap(a -> accounts.peekLoginState(a.username()))
                .map(LoginState::passwordHash).orElse(null);
        boolean right = matches(password, checked);
        return Boolean.TRUE.equals(ownTransaction.execute(status -> {
            LoginState state = accounts.lockForLogin(accountId).orElseThrow();
            UserAccount account = state.account();
            if (lockout.isLocked(account.username())) {
                audit.record(account.tenant(), account.username(), AuditAction.LOGIN_REFUSED, account.username(),
                        what + ": LOCKED", address);
                return false;
            }
            // the password changed between the check and the lock: check against the one in force (rare)
            boolean inForce = Objects.equals(state.passwordHash(), checked) ? right
                    : matches(password, state.passwordHash());
            if (!inForce) {
                lockout.recordFailure(account, what, address);
            }
            return inForce;
        }));
    }

    private boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }
}
