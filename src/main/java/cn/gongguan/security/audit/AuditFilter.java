package cn.gongguan.security.audit;

import cn.gongguan.platform.Input;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** What the audit administrator narrows the trail to; any part may be null. */
public record AuditFilter(String actor, AuditAction action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);

    /** What the filter narrows to, for the record of a reading. */
    String describe() {
        return "actor=" + Input.stripped(actor) + ", action=" + action + ", from=" + from + ", to=" + to;
    }

    Map<String, Object> parameters(TenantCode tenant) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenant", tenant.value());
        parameters.put("county", tenant.kind() == TenantKind.COUNTY);
        parameters.put("actor", Input.stripped(actor));
        parameters.put("action", action == null ? null : action.name());
        parameters.put("from", from == null ? null : Timestamp.from(from));
        parameters.put("to", to == null ? null : Timestamp.from(to));
        return parameters;
    }
}
