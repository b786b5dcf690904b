package cn.gongguan.security;

import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Records an administrator's act on an account in the account's unit and, when the administrator works in the unit
 * above, in theirs too: both units' audit administrators see it.
 */
@Component
class AccountAudit {

    private final AuditTrail audit;

    AccountAudit(AuditTrail audit) {
        this.audit = audit;
    }

    void record(GongguanUser actor, AuditAction action, UserAccount target, String detail) {
        audit.record(target.tenant(), actor.getUsername(), action, target.username(), detail, Sessions.remoteAddress());
        if (!actor.tenant().equals(target.tenant())) {
            audit.record(actor.tenant(), actor.getUsername(), action, target.username(),
                    (detail == null ? "" : detail + "; ") + "unit " + target.tenant().value(), Sessions.remoteAddress());
        }
    }
}
