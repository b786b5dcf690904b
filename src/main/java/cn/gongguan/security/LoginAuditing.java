package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes every login, failed login, refusal, lockout and logout to the audit trail. */
@Component
class LoginAuditing {

    private final AuditTrail audit;
    private final UserAccounts accounts;
    private final LoginLockout lockout;

    LoginAuditing(AuditTrail audit, UserAccounts accounts, LoginLockout lockout) {
        this.audit = audit;
        this.accounts = accounts;
        this.lockout = lockout;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGIN_SUCCESS, null);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            record(attempt, AuditAction.LOGIN_FAILURE, null);
            if (lockout.recentFailures(attempt.getName()) == LoginLockout.MAX_FAILURES) {
                record(attempt, AuditAction.ACCOUNT_LOCKED, null);
            }
        } else {
            record(attempt, AuditAction.LOGIN_REFUSED, event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        record(event.getAuthentication(), AuditAction.LOGOUT, null);
    }

    private void record(Authentication authentication, AuditAction action, String detail) {
        String username = authentication.getName();
        TenantCode tenant = accounts.findByUsername(username).map(UserAccount::tenant).orElse(null);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        audit.record(tenant, username, action, username, detail, address);
    }
}
