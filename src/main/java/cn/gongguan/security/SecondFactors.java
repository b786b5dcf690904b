package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.Sealer;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor (RFC 6238 codes from an authenticator app): enrolment with ten one-time recovery codes, and the
 * code at login. The secret is sealed at rest; recovery codes are kept as keyed hashes. A wrong code at login counts
 * toward the lockout like a wrong password.
 */
@Service
public class SecondFactors {

    static final String ISSUER = "Gongguan";
    /** A code (6 digits) or a recovery code (11 characters), with room for spaces typed between groups. */
    public static final int MAX_CODE_LENGTH = 16;
    private static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccounts accounts;
    private final Sealer sealer;
    private final AuditTrail audit;
    private final LoginLockout lockout;
    private final UnitSecurity unitSecurity;
    private final Clock clock;
    private final CurrentPassword currentPassword;
    private final TransactionTemplate platformTransaction;

    SecondFactors(UserAccounts accounts, Sealer sealer, AuditTrail audit, LoginLockout lockout,
                  UnitSecurity unitSecurity, Clock clock, CurrentPassword currentPassword,
                  @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.sealer = sealer;
        this.audit = audit;
        this.lockout = lockout;
        this.unitSecurity = unitSecurity;
        this.clock = clock;
        this.currentPassword = currentPassword;
        this.platformTransaction = new TransactionTemplate(transactionManager);
    }

    /**
     * A new secret for the account that started the enrolment, not kept until {@link #confirm confirmed} with a code
     * from the app, and only for that account.
     */
    public record Enrolment(long accountId, String secret, String uri) {
    }

    /** Where the current account stands. */
    public record Status(boolean enrolled, boolean required, int unusedRecoveryCodes) {
    }

    @PlatformTransactional(readOnly = true)
    public Status status() {
        UserAccount account = accounts.find(CurrentUser.get().id()).orElseThrow();
        return new Status(account.secondFactorEnrolled(), unitSecurity.secondFactorRequired(account),
                accounts.unusedRecoveryCodes(account.id()));
    }

    public Enrolment start() {
        UserAccount account = accounts.find(LoginSteps.loginFor(LoginStep.ENROL_SECOND_FACTOR).accountId()).orElseThrow();
        String secret = Totp.newSecret();
        return new Enrolment(account.id(), secret, Totp.uri(ISSUER, account.username(), secret));
    }

    /**
     * Keeps the enrolment's secret once a code from the app proves the app has it; returns the ten recovery codes,
     * shown once. From a complete login it takes the password too ({@code password}, refused at that field), so an
     * open session left alone is not enough to attach another phone; the enrolment step of a login has just had it.
     */
    public List<String> confirm(Enrolment enrolment, String code, String password) {
        CurrentUser.Login login = LoginSteps.loginFor(LoginStep.ENROL_SECOND_FACTOR);
        long id = login.accountId();
        if (id != enrolment.accountId()) {
            throw new AccessDeniedException("An enrolment started for account " + enrolment.accountId());
        }
        String address = Sessions.remoteAddress();
        if (CurrentUser.find().isPresent() && !currentPassword.check(id, password, address, "second factor enrolment")) {
            throw new InvalidInputException("current", "password.currentWrong");
        }
        OptionalLong step = Totp.match(enrolment.secret(), code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "secondFactor.codeWrong");
        }
        return platformTransaction.execute(status -> {
            LoginState state = accounts.lockForLogin(id).orElseThrow();
            if (state.epoch() != login.epoch() || !state.account().active()) {
                throw new AccessDeniedException("The account changed since this session began");
            }
            UserAccount account = state.account();
            accounts.setTotp(id, sealer.seal(enrolment.secret(), context(id)), step.getAsLong());
            List<String> codes = IntStream.range(0, RECOVERY_CODES).mapToObj(i -> recoveryCode()).toList();
            accounts.addRecoveryCodes(id, codes.stream().map(this::hash).toList());
            audit.record(account.tenant(), account.username(), AuditAction.SECOND_FACTOR_ENROLLED, account.username(),
                    null, address);
            return codes;
        });
    }

    /**
     * Checks a code (or a recovery code, which then is used up) for a pending login, under the account's row lock.
     * A wrong one is a failed login; a locked account accepts none.
     */
    boolean verify(PendingLogin login, String code, String address) {
        Boolean right = platformTransaction.execute(status -> {
            LoginState state = accounts.lockForLogin(login.accountId()).orElseThrow();
            UserAccount account = state.account();
            boolean locked = lockout.isLocked(account.username());
            if (!account.active() || state.epoch() != login.epoch() || locked) {
                audit.record(account.tenant(), account.username(), AuditAction.LOGIN_REFUSED, account.username(),
                        "second factor: " + (locked ? "LOCKED" : account.status()), address);
                return false;
            }
            if (matchesCode(account.id(), code)) {
                return true;
            }
            if (accounts.useRecoveryCode(account.id(), hash(normalised(code)))) {
                audit.record(account.tenant(), account.username(), AuditAction.RECOVERY_CODE_USED, account.username(),
                        accounts.unusedRecoveryCodes(account.id()) + " left", address);
                return true;
            }
            lockout.recordFailure(account, "second factor", address);
            return false;
        });
        return Boolean.TRUE.equals(right);
    }

    private boolean matchesCode(long id, String code) {
        String secret = sealer.open(accounts.totpSecret(id).orElseThrow(), context(id));
        long last = accounts.totpLastStep(id).orElse(Long.MIN_VALUE);
        OptionalLong step = Totp.match(secret, code, clock.instant(), last);
        step.ifPresent(s -> accounts.setTotpLastStep(id, s));
        return step.isPresent();
    }

    private String hash(String recoveryCode) {
        return sealer.keyedHash("recovery:" + recoveryCode);
    }

    private static String normalised(String code) {
        return code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** Ten characters in two groups (e.g. {@code k3vq7-m9tca}), from an alphabet without look-alikes. */
    private static String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    static String context(long accountId) {
        return "second-factor:" + accountId;
    }

    /** For the demo accounts only: enrols a fixed, published secret. */
    void enrolFixed(long accountId, String secret) {
        accounts.setTotp(accountId, sealer.seal(secret, context(accountId)), Long.MIN_VALUE);
    }
}
