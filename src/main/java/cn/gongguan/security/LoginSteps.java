package cn.gongguan.security;

import cn.gongguan.platform.CountyTime;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of a login after the right password: the second factor's code, a forced password change, the enrolment of
 * a second factor a role requires ({@link LoginStep}). Until the last is done the session holds a {@link PendingLogin},
 * for which nothing but the step page opens; then it holds the {@link GongguanUser} and the login is recorded.
 */
@Service
public class LoginSteps {

    private final UserAccounts accounts;
    private final UnitSecurity unitSecurity;
    private final SecondFactors secondFactors;
    private final SecuritySettings settings;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate platformTransaction;

    LoginSteps(UserAccounts accounts, UnitSecurity unitSecurity, SecondFactors secondFactors, SecuritySettings settings,
               AuditTrail audit, Clock clock,
               @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.unitSecurity = unitSecurity;
        this.secondFactors = secondFactors;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.platformTransaction = new TransactionTemplate(transactionManager);
    }

    /** The login the right password gives: complete (and recorded) when no step is left, else pending. */
    Authentication afterPassword(LoginState state, String address) {
        Set<LoginStep> steps = EnumSet.noneOf(LoginStep.class);
        UserAccount account = state.account();
        if (account.secondFactorEnrolled()) {
            steps.add(LoginStep.SECOND_FACTOR);
        }
        if (state.mustChangePassword() || expired(state.passwordChangedAt())) {
            steps.add(LoginStep.CHANGE_PASSWORD);
        }
        if (!account.secondFactorEnrolled() && unitSecurity.secondFactorRequired(account)) {
            steps.add(LoginStep.ENROL_SECOND_FACTOR);
        }
        if (steps.isEmpty()) {
            return complete(state, address);
        }
        return UsernamePasswordAuthenticationToken.authenticated(
                new PendingLogin(account.id(), account.username(), state.epoch(), steps), null,
                List.of(PendingLogin.AUTHORITY));
    }

    /** The second factor's code (or a recovery code) for the pending login; false when wrong. */
    public boolean enterCode(String code) {
        PendingLogin login = pendingAt(LoginStep.SECOND_FACTOR);
        if (!secondFactors.verify(login, code, Sessions.remoteAddress())) {
            return false;
        }
        advance(login, LoginStep.SECOND_FACTOR, login.epoch());
        return true;
    }

    /** The pending login's enrolment is confirmed ({@link SecondFactors#confirm}). */
    public void enrolled() {
        PendingLogin login = pendingAt(LoginStep.ENROL_SECOND_FACTOR);
        if (!accounts.find(login.accountId()).orElseThrow().secondFactorEnrolled()) {
            throw new IllegalStateException("No second factor enrolled for " + login.username());
        }
        advance(login, LoginStep.ENROL_SECOND_FACTOR, login.epoch());
    }

    /** The pending login's password was changed; the account's epoch moved to {@code newEpoch}. */
    void passwordChanged(PendingLogin login, int newEpoch) {
        advance(login, LoginStep.CHANGE_PASSWORD, newEpoch);
    }

    /** The day the current user's password expires, when that is within the warning days. */
    public Optional<LocalDate> passwordExpiryWarning() {
        Instant expires = expiry(CurrentUser.get().passwordChangedAt());
        return expires.isBefore(clock.instant().plus(Duration.ofDays(settings.passwordWarningDays())))
                ? Optional.of(LocalDate.ofInstant(expires, CountyTime.ZONE))
                : Optional.empty();
    }

    private boolean expired(Instant changedAt) {
        return !expiry(changedAt).isAfter(clock.instant());
    }

    private Instant expiry(Instant changedAt) {
        return changedAt.plus(Duration.ofDays(settings.passwordMaxAgeDays()));
    }

    private void advance(PendingLogin login, LoginStep done, int epoch) {
        PendingLogin rest = login.without(done, epoch);
        if (!rest.isComplete()) {
            Sessions.replace(UsernamePasswordAuthenticationToken.authenticated(rest, null,
                    List.of(PendingLogin.AUTHORITY)));
            return;
        }
        String address = Sessions.remoteAddress();
        Authentication complete = platformTransaction.execute(status -> {
            LoginState state = accounts.lockForLogin(login.accountId()).orElseThrow();
            if (!state.account().active() || state.epoch() != epoch) {
                throw new AccessDeniedException("The account " + login.username() + " changed during its login");
            }
            return complete(state, address);
        });
        Sessions.replace(complete);
    }

    private Authentication complete(LoginState state, String address) {
        GongguanUser user = new GongguanUser(state);
        audit.record(user.tenant(), user.getUsername(), AuditAction.LOGIN_SUCCESS, user.getUsername(), null, address);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /**
     * The login that may do what {@code step} does (change the password, enrol a second factor): a complete one, or
     * a pending one at that very step — never one still waiting for its second factor's code.
     */
    static CurrentUser.Login loginFor(LoginStep step) {
        if (CurrentUser.find().isEmpty()) {
            pendingAt(step);
        }
        return CurrentUser.login().orElseThrow();
    }

    /** The pending login of this session, which must be at {@code step}: a step is never done out of turn. */
    static PendingLogin pendingAt(LoginStep step) {
        PendingLogin login = CurrentUser.pending()
                .orElseThrow(() -> new AccessDeniedException("No login is waiting for a step"));
        if (login.next() != step) {
            throw new AccessDeniedException("The login of " + login.username() + " is at " + login.next());
        }
        return login;
    }
}
