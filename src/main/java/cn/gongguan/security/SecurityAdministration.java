package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.audit.AuditAction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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

    private final UserAccounts accounts;
    private final UserAdministration administration;
    private final Passwords passwords;
    private final LoginLockout lockout;
    private final AccountAudit audit;
    private final TenantRegistry tenants;
    private final TransactionTemplate platformTransaction;

    SecurityAdministration(UserAccounts accounts, UserAdministration administration, Passwords passwords,
                           LoginLockout lockout, AccountAudit audit, TenantRegistry tenants,
                           @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.platformTransaction = new TransactionTemplate(transactionManager);

        this.accounts = accounts;
        this.administration = administration;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.tenants = tenants;
    }

    /**
     * Grants a pending account the role asked for — exactly that role and village, as the granter saw them: another
     * role is another request. The account becomes active; one that never had a password gets a one-time password,
     * returned to be shown once. Whoever created the account or asked for it cannot grant it, and one security
     * administrator does not grant two administrators of one unit (whose first passwords they would know).
     */
    public Optional<String> grant(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        return platformTransaction.execute(status -> {
            LoginState state = target(account);
            UserAccount target = state.account();
            RoleMatrix.check(admin, AccountAct.GRANT, target);
            accounts.checkUnchanged(account, target);
            if (admin.getUsername().equals(target.requestedBy())
                    || (state.passwordHash() == null && admin.getUsername().equals(target.createdBy()))) {
                throw new AccessDeniedException(admin.getUsername() + " asked for " + target.username());
            }
            if (target.status() != AccountStatus.PENDING || target.role() != account.role()
                    || !Objects.equals(target.orgUnit(), account.orgUnit())) {
                throw new InvalidInputException("role", "account.statusChanged");
            }
            if (target.role().isAdministrator() && accounts.withRole(List.of(target.tenant()), Role.ADMINISTRATORS)
                    .stream().anyMatch(other -> other.id() != target.id() && other.active()
                            && admin.getUsername().equals(activatedBy(other)))) {
                throw new InvalidInputException("role", "accounts.grant.secondAdministrator");
            }
            Optional<String> oneTime = state.passwordHash() == null
                    ? Optional.of(passwords.setOneTime(target.id(), admin.getUsername())) : Optional.empty();
            accounts.grant(target.id(), target.role(), target.orgUnit(), admin.getUsername());
            audit.record(admin, AuditAction.ROLE_GRANTED, target, target.role().name());
            administration.updateRollup(target.tenant());
            return oneTime;
        });
    }

    private String activatedBy(UserAccount account) {
        return accounts.activatedBy(account.id()).orElse(null);
    }

    @PlatformTransactional
    public void unlock(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.UNLOCK, target);
        audit.record(admin, AuditAction.ACCOUNT_UNLOCKED, target, null);
    }

    /**
     * Sets a one-time password, returned to be shown once; the user changes it at the next login. Refused while the
     * account's second factor is missing because the same administrator removed it: one person never holds both.
     */
    @PlatformTransactional
    public String resetPassword(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.RESET, target);
        if (admin.getUsername().equals(accounts.resets(target.id()).secondFactorBy())) {
            throw new InvalidInputException("reset", "accounts.reset.bothByOne");
        }
        String oneTime = passwords.setOneTime(target.id(), admin.getUsername());
        audit.record(admin, AuditAction.PASSWORD_RESET, target, null);
        return oneTime;
    }

    /**
     * Removes the second factor (the user enrols again at the next login); refused while the one-time password the
     * same administrator set is still in force.
     */
    @PlatformTransactional
    public void resetSecondFactor(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = target(account).account();
        RoleMatrix.check(admin, AccountAct.RESET, target);
        if (admin.getUsername().equals(accounts.resets(target.id()).passwordBy())) {
            throw new InvalidInputException("reset", "accounts.reset.bothByOne");
        }
        accounts.clearTotp(target.id(), admin.getUsername());
        audit.record(admin, AuditAction.SECOND_FACTOR_RESET, target, null);
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
