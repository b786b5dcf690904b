package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate before sealed personal information (DESIGN.md) is opened — an archive, a follow-up's note, a
 * feedback note: only {@link Role#SEALED_READERS}, only for a stated reason, and each opening recorded in the audit
 * trail (who, when, what, why) in the caller's transaction, so that no read goes unrecorded.
 */
@Component
public class SensitiveReads {

    private final AuditTrail audit;

    SensitiveReads(AuditTrail audit) {
        this.audit = audit;
    }

    /** Whether the user's role may open sealed personal information at all. */
    public static boolean mayOpen() {
        return CurrentUser.find().map(user -> Role.SEALED_READERS.contains(user.role())).orElse(false);
    }

    /** Refuses a user whose role may not open sealed personal information (nor write it, where that is the rule). */
    public static GongguanUser requireRole() {
        return CurrentUser.inRole(Role.SEALED_READERS, "open sealed personal information");
    }

    /**
     * Admits the opening of {@code what} about {@code subject} (e.g. {@code person:42}) for the reason, and audits it;
     * refused without a reason at the field {@code reason}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void admit(String subject, String what, ReadReason reason) {
        GongguanUser user = requireRole();
        if (reason == null) {
            throw new InvalidInputException("reason", "archive.reasonRequired");
        }
        audit.record(TenantContext.current(), user.getUsername(), AuditAction.SENSITIVE_READ, subject,
                what + " " + reason.name(), null);
    }
}
