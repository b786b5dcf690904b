package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** The security administrator's view of the locked accounts of their own tenant, and unlocking them. */
@Service
public class Lockouts {

    private static final int PAGE = 500;

    private final UserAccounts accounts;
    private final LoginLockout lockout;
    private final AuditTrail audit;

    Lockouts(UserAccounts accounts, LoginLockout lockout, AuditTrail audit) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.audit = audit;
    }

    public List<UserAccount> locked() {
        TenantCode tenant = securityAdministrator().tenant();
        List<UserAccount> locked = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<UserAccount> page = accounts.list(tenant, offset, PAGE);
            page.stream().filter(a -> lockout.isLocked(a.username())).forEach(locked::add);
            if (page.size() < PAGE) {
                return locked;
            }
        }
    }

    public void unlock(UserAccount account) {
        GongguanUser admin = securityAdministrator();
        if (!account.tenant().equals(admin.tenant())
                || accounts.findByUsername(account.username()).filter(a -> a.tenant().equals(admin.tenant())).isEmpty()) {
            throw new AccessDeniedException("No account " + account.username() + " in tenant " + admin.tenant());
        }
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.ACCOUNT_UNLOCKED, account.username(), null, null);
    }

    private static GongguanUser securityAdministrator() {
        GongguanUser user = CurrentUser.get();
        if (user.role() != Role.SECURITY_ADMIN) {
            throw new AccessDeniedException("Only the security administrator unlocks accounts");
        }
        return user;
    }
}
