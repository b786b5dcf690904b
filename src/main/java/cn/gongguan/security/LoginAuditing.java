package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Writes every logout to the audit trail (logins are recorded by {@link PasswordLogin} and {@link LoginSteps}). */
@Component
class LoginAuditing {

    private final AuditTrail audit;
    private final UserAccounts accounts;

    LoginAuditing(AuditTrail audit, UserAccounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        TenantCode tenant = accounts.findByUsername(username).map(UserAccount::tenant).orElse(null);
        audit.record(tenant, username, AuditAction.LOGOUT, username, null, Sessions.remoteAddress());
    }
}
