package cn.gongguan.security;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Accounts created by the system itself at start-up (demo data, a first administrator), not by a logged-in
 * administrator. Idempotent: an existing user name is left as it is.
 */
@Service
public class AccountProvisioning {

    private static final String SYSTEM = "system";

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Rollups rollups;

    AccountProvisioning(UserAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Rollups rollups) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.rollups = rollups;
    }

    /** Creates the system administrator unless the tenant has one already; true when it was created. */
    @PlatformTransactional
    public boolean ensureSystemAdministrator(TenantCode tenant, NewUser user) {
        return accounts.withRole(List.of(tenant), Role.SYSTEM_ADMIN).isEmpty() && ensure(tenant, user);
    }

    /** Creates the account unless its user name exists; true when it was created. */
    @PlatformTransactional
    public boolean ensure(TenantCode tenant, NewUser user) {
        if (accounts.exists(user.username())) {
            return false;
        }
        if (!user.role().allowedIn(tenant.kind())) {
            throw new IllegalArgumentException(user.role() + " is not a role of a " + tenant.kind());
        }
        PasswordPolicy.check(user.username(), user.password());
        accounts.insert(user, passwords.encode(user.password()), tenant, SYSTEM);
        audit.record(tenant, SYSTEM, AuditAction.USER_CREATED, user.username(), user.role().name(), null);
        rollups.setForPlatform(tenant, UserAdministration.INDICATOR, Rollups.CURRENT, accounts.countEnabled(tenant));
        return true;
    }
}
