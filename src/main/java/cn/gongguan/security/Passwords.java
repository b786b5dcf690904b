package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every user changes their own password: the current one first (a wrong one counts toward the lockout), then a new one
 * by the {@link PasswordPolicy}, none of the last {@value #HISTORY}. A change ends the account's other sessions. A
 * password set by someone else (a reset, an activation) is a one-time password, changed at the next login.
 */
@Service
public class Passwords {

    static final int HISTORY = 5;
    private static final String ONE_TIME_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final CurrentPassword currentPassword;
    private final LoginSteps steps;
    private final Clock clock;
    private final TransactionTemplate platformTransaction;

    Passwords(UserAccounts accounts, PasswordEncoder encoder, AuditTrail audit, CurrentPassword currentPassword, LoginSteps steps,
              Clock clock, @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.currentPassword = currentPassword;
        this.steps = steps;
        this.clock = clock;
        this.platformTransaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Changes the current user's own password, refusing at the field {@code current} or {@code password}. The session
     * goes on (a pending login moves to its next step); the account's other sessions end. BCrypt (the current
     * password, the last ones, the new hash) runs before the account's row lock is taken.
     */
    public void changeOwn(String current, String next) {
        CurrentUser.Login login = LoginSteps.loginFor(LoginStep.CHANGE_PASSWORD);
        String address = Sessions.remoteAddress();
        if (!currentPassword.check(login.accountId(), current, address, "password change")) {
            throw new InvalidInputException("current", "password.currentWrong");
        }
        UserAccount account = accounts.find(login.accountId()).orElseThrow();
        PasswordPolicy.check(account.username(), next);
        if (accounts.recentPasswordHashes(account.id(), HISTORY).stream().anyMatch(hash -> encoder.matches(next, hash))) {
            throw new InvalidInputException("password", "password.recentlyUsed", HISTORY);
        }
        String hash = encoder.encode(next);
        int epoch = platformTransaction.execute(status -> replace(login, hash, address));
        CurrentUser.pending().ifPresentOrElse(pending -> steps.passwordChanged(pending, epoch), () -> {
            GongguanUser user = CurrentUser.get().withEpoch(epoch, clock.instant());
            Sessions.replace(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        });
    }

    /**
     * Sets the new password's hash, unless the account changed since this session began (another change, a reset, a
     * new role: the session then ends) — which also keeps the history checked above the one in force.
     */
    private int replace(CurrentUser.Login login, String hash, String address) {
        LoginState state = accounts.lockForLogin(login.accountId()).orElseThrow();
        if (state.epoch() != login.epoch() || !state.account().active()) {
            throw new AccessDeniedException("The account changed since this session began");
        }
        UserAccount account = state.account();
        int epoch = accounts.setPassword(account.id(), hash, null);
        audit.record(account.tenant(), account.username(), AuditAction.PASSWORD_CHANGED, account.username(), null,
                address);
        return epoch;
    }

    /**
     * Sets a new one-time password on an account, set by {@code by} and to be changed at its next login; returns it,
     * to be shown once.
     */
    String setOneTime(long id, String by) {
        String password = oneTimePassword();
        accounts.setPassword(id, encoder.encode(password), by);
        return password;
    }

    /** Twelve characters from letters and digits without look-alikes, of at least three kinds (the policy's). */
    static String oneTimePassword() {
        while (true) {
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < ONE_TIME_LENGTH; i++) {
                password.append(ONE_TIME_ALPHABET.charAt(RANDOM.nextInt(ONE_TIME_ALPHABET.length())));
            }
            try {
                PasswordPolicy.check(null, password.toString());
                return password.toString();
            } catch (InvalidInputException tooSimple) {
                // rare: fewer than three kinds of character drawn; draw again
            }
        }
    }
}
