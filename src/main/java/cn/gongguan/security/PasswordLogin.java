package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login form's check. The password is compared first, without a lock (BCrypt takes a quarter of a second, which
 * must not hold a row lock and a pooled connection); then, per account, the lockout is checked and the attempt recorded
 * in one short transaction under the account's row lock, so that parallel wrong passwords lock the account after
 * exactly {@value LoginLockout#MAX_FAILURES}. Every
 * refusal looks the same to the person at the form (a wrong password, an unknown name, a locked, disabled or pending
 * account); the audit trail tells the administrators which it was. The password is checked in every case, so that
 * none of them answers faster than the others.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final LoginLockout lockout;
    private final LoginSteps steps;
    private final AuditTrail audit;
    private final TransactionTemplate platformTransaction;
    /** What a password is compared with when there is no hash to compare it with. */
    private final String noHash;

    PasswordLogin(UserAccounts accounts, PasswordEncoder encoder, LoginLockout lockout, LoginSteps steps,
                  AuditTrail audit,
                  @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.lockout = lockout;
        this.steps = steps;
        this.audit = audit;
        this.platformTransaction = new TransactionTemplate(transactionManager);
        this.noHash = encoder.encode(Passwords.oneTimePassword());
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName() == null ? "" : attempt.getName().strip();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<String> hash = accounts.peekLoginState(username).map(LoginState::passwordHash);
        boolean right = encoder.matches(password, hash.orElse(noHash));
        Authentication login = platformTransaction.execute(status -> attempt(username, password, hash, right, address));
        if (login == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        return login;
    }

    /** The login, or null when refused (the refusal recorded, and committed with the transaction). */
    private Authentication attempt(String username, String password, Optional<String> checkedHash, boolean rightForIt,
                                   String address) {
        Optional<LoginState> found = accounts.lockForLogin(username);
        // the hash changed between the check and the lock (a reset, a change): check against the one in force
        boolean right = found.map(LoginState::passwordHash).equals(checkedHash) ? rightForIt
                : found.map(LoginState::passwordHash).map(hash -> encoder.matches(password, hash)).orElse(false);
        if (found.isEmpty()) {
            lockout.recordUnknown(username, address);
            return null;
        }
        UserAccount account = found.get().account();
        if (!account.active() || lockout.isLocked(username)) {
            audit.record(account.tenant(), username, AuditAction.LOGIN_REFUSED, username,
                    account.active() ? "LOCKED" : account.status().name(), address);
            return null;
        }
        if (!right) {
            lockout.recordFailure(account, "password", address);
            return null;
        }
        return steps.afterPassword(found.get(), address);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
