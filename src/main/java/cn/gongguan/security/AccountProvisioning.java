package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts created by the system itself at start-up (a new installation's first administrators, demo users), not by
 * a logged-in administrator: active at once, since nobody is there yet to grant a role. Idempotent: an existing user
 * name is left as it is.
 */
@Service
public class AccountProvisioning {

    private static final String SYSTEM = "system";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Rollups rollups;
    private final SecondFactors secondFactors;

    AccountProvisioning(UserAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Rollups rollups,
                        SecondFactors secondFactors) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.rollups = rollups;
        this.secondFactors = secondFactors;
    }

    /**
     * Creates a first administrator of the unit while it has no active account of that role: once for a new
     * installation, and again only as the operator's way back when the unit lost every administrator of the role (the
     * configured user name must then be a new one). The password came from the configuration, so it must be changed at
     * the first login, where the second factor is enrolled too. True when it was created.
     */
    @PlatformTransactional
    public boolean ensureFirstAdministrator(TenantCode tenant, NewUser user, String password) {
        return accounts.withRole(List.of(tenant), List.of(user.role())).stream().noneMatch(UserAccount::active)
                && ensure(tenant, user, password, true, null);
    }

    /**
     * Creates a demo account unless its user name exists, with a password that need not be changed and, where the
     * second factor is required, the published demo secret. True when it was created.
     */
    @PlatformTransactional
    public boolean ensureDemo(TenantCode tenant, NewUser user, String password, String secondFactorSecret) {
        boolean required = UnitSecurity.secondFactorAlwaysRequired(user.role(), tenant);
        return ensure(tenant, user, password, false, required ? secondFactorSecret : null);
    }

    /**
     * Runs start-up work (the demo data) as an existing account, authenticated and in its tenant, so that it goes
     * through the services as that user's own work would.
     */
    public void runAs(String username, Runnable work) {
        LoginState state = accounts.peekLoginState(username).filter(s -> s.account().active())
                .orElseThrow(() -> new IllegalStateException("No active account " + username));
        GongguanUser user = new GongguanUser(state);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            TenantContext.runAs(user.tenant(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean ensure(TenantCode tenant, NewUser user, String password, boolean mustChange, String totpSecret) {
        if (accounts.exists(user.username())) {
            return false;
        }
        if (!user.role().allowedIn(tenant.kind())) {
            throw new IllegalArgumentException(user.role() + " is not a role of a " + tenant.kind());
        }
        PasswordPolicy.check(user.username(), password);
        long id = accounts.insertActive(user, passwords.encode(password), mustChange, tenant);
        if (totpSecret != null) {
            secondFactors.enrolFixed(id, totpSecret);
        }
        audit.record(tenant, SYSTEM, AuditAction.USER_CREATED, user.username(), user.role().name(), null);
        rollups.setForPlatform(tenant, UserAdministration.INDICATOR, Rollups.CURRENT, accounts.countActive(tenant));
        return true;
    }
}
