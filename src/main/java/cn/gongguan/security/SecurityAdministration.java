package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Service;

/**
 * The security administrator's part of the accounts: granting roles (which activates a pending account), unlocking,
 * and resetting passwords and second factors — never creating an account or changing a role unasked. A reset password is a one-time password,
 * shown once to the security administrator, which its user must change at the next login. Every act ends the
 * account's open sessions except unlocking, and is audited. Who may do what is {@link RoleMatrix}'s to say.
 */
@Service
public class SecurityAdministration {

    private static final int PAGE = 500;
    private static final Duration BOTH_RESETS_APART = Duration.ofDays(1);

    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final Passwords passwords;
    private final LoginLockout lockout;
    private final AccountAudit audit;
    private final TenantRegistry tenants;
    private final TransactionTemplate platformTransaction;
    private final AuditTrail trail;
    private final Clock clock;

    SecurityAdministration(UserAccounts accounts, UserAdministration administration, Passwords passwords,
                           LoginLockout lockout, AccountAudit audit, TenantRegistry tenants, AuditTrail trail,
                           Clock clock, @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.platformTransaction = new TransactionTemplate(transactionManager);
        this.trail = trail;
        this.clock = clock;
        this.accounts = accounts;
        this.administration = administration;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.tenants = tenants;
    }

    /**
     * Grants {@code role} to a pending account, which becomes active. An account that never had a password gets a
     * one-time password, returned to be shown once. Whoever made the account pending (created it, asked for it to be
     * enabled again or for another role) cannot be the one who grants it.
     */
    public Optional<String> grant(UserAccount account, Role role, String orgUnit) {
        GongguanUser admin = CurrentUser.get();
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        checkGrant(admin, accounts.find(account.id())
                .orElseThrow(() -> new AccessDeniedException("No account " + account.id())), role);
        // the village is looked up in the unit's own schema, outside the platform transaction
        String village = administration.orgUnit(role, orgUnit);
        return platformTransaction.execute(status -> {
            LoginState state = target(account);
            UserAccount target = state.account();
            checkGrant(admin, target, role);
            Optional<String> oneTime = state.passwordHash() == null
                    ? Optional.of(passwords.setOneTime(target.id())) : Optional.empty();
            accounts.grant(target.id(), role, village, admin.getUsername());
            audit.record(admin, AuditAction.ROLE_GRANTED, target,
                    role.name() + (target.role() == role ? "" : " (asked: " + target.role().name() + ")"));
            administration.updateRollup(target.tenant());
            return oneTime;
        });
    }

    private static void checkGrant(GongguanUser admin, UserAccount target, Role role) {
        RoleMatrix.check(admin, AccountAct.GRANT, target);
        RoleMatrix.check(admin, AccountAct.GRANT, role, target.tenant());
        if (admin.getUsername().equals(target.requestedBy())) {
            throw new AccessDeniedException(admin.getUsername() + " asked for " + target.username() + ": another grants");
        }
        if (target.status() != AccountStatus.PENDING) {
            throw new InvalidInputException("role", "account.statusChanged");
        }
        if (role.isAdministrator() != target.role().isAdministrator()) {
            throw new InvalidInputException("role", "account.roleFamily");
        }
    }

    @PlatformTransactional
    public void unlock(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.UNLOCK, target);
        audit.record(admin, AuditAction.ACCOUNT_UNLOCKED, target, null);
    }

    /**
     * Sets a one-time password, returned to be shown once; the user changes it at the next login. Refused when the
     * same administrator reset the account's second factor within a day: one person never holds both.
     */
    @PlatformTransactional
    public String resetPassword(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.RESET, target);
        refuseBothResets(admin, AuditAction.SECOND_FACTOR_RESET, target);
        String oneTime = passwords.setOneTime(target.id());
        audit.record(admin, AuditAction.PASSWORD_RESET, target, null);
        return oneTime;
    }

    /** Removes the second factor (the user enrols again at the next login); refused as {@link #resetPassword} is. */
    @PlatformTransactional
    public void resetSecondFactor(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.RESET, target);
        refuseBothResets(admin, AuditAction.PASSWORD_RESET, target);
        accounts.clearTotp(target.id());
        audit.record(admin, AuditAction.SECOND_FACTOR_RESET, target, null);
    }

    /**
     * Whoever knows a one-time password they set and has removed the second factor could log in as the account: the
     * two resets of one account within a day must come from two people.
     */
    private void refuseBothResets(GongguanUser admin, AuditAction other, UserAccount target) {
        if (trail.done(admin.getUsername(), other, target.username(), clock.instant().minus(BOTH_RESETS_APART))) {
            throw new InvalidInputException("reset", "accounts.reset.bothByOne");
        }
    }

    /** Whether the account is locked now (too many failed logins recently). */
    @PlatformTransactional(readOnly = true)
    public boolean isLocked(UserAccount account) {
        return lockout.isLocked(account.username());
    }

    /** The locked accounts the security administrator may unlock: their unit's, and the administrators' below. */
    @PlatformTransactional(readOnly = true)
    public List<UserAccount> locked() {
        GongguanUser admin = CurrentUser.inRole(EnumSet.of(Role.SECURITY_ADMIN), "unlock accounts");
        List<UserAccount> candidates = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<UserAccount> page = accounts.list(admin.tenant(), offset, PAGE);
            candidates.addAll(page);
            if (page.size() < PAGE) {
                break;
            }
        }
        List<TenantCode> below = tenants.children(admin.tenant()).stream().map(Tenant::code).toList();
        candidates.addAll(accounts.withRole(below, Role.ADMINISTRATORS));
        return candidates.stream()
                .filter(a -> RoleMatrix.allows(admin, AccountAct.UNLOCK, a) && lockout.isLocked(a.username()))
                .toList();
    }

    private LoginState target(UserAccount account) {
        return accounts.lockForLogin(account.id())
                .orElseThrow(() -> new AccessDeniedException("No account " + account.id()));
    }
}
