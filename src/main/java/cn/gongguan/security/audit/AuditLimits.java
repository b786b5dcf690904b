package cn.gongguan.security.audit;

import cn.gongguan.platform.TextLimit;

/** The text limits of the audit trail; the application writes every column of it. */
final class AuditLimits {

    private static final TextLimit.Table AUDIT_EVENT = TextLimit.of("platform.audit_event");
    static final TextLimit TENANT_CODE = AUDIT_EVENT.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit ACTOR = AUDIT_EVENT.recorded("actor", TextLimit.ACTOR);
    static final TextLimit ACTION = AUDIT_EVENT.recorded("action", 32);
    static final TextLimit SUBJECT = AUDIT_EVENT.recorded("subject", 128);
    static final TextLimit REMOTE_ADDR = AUDIT_EVENT.recorded("remoteAddr", 64);

    /** A chain is named by its tenant's code, or '' for the events of no tenant. */
    static final TextLimit CHAIN = TextLimit.of("platform.audit_chain").recorded("chain", TextLimit.CODE);

    static final TextLimit ACKNOWLEDGED_BY =
            TextLimit.of("platform.audit_acknowledgement").recorded("acknowledgedBy", TextLimit.ACTOR);

    private AuditLimits() {
    }
}
