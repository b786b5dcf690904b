package cn.gongguan.security.audit;

import cn.gongguan.platform.TenantCode;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a tenant's audit trail in tests, as its audit administrator would but without logging in as them. */
@Component
public class AuditRows {

    private final JdbcClient jdbc;

    AuditRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEvent> list(TenantCode tenant, AuditFilter filter, int offset, int limit) {
        return jdbc.sql("select id, at, tenant_code, actor, action, subject, detail, remote_addr from platform.audit_event"
                        + AuditTrail.WHERE + " order by at desc, id desc offset :offset limit :limit")
                .params(filter.parameters(tenant)).param("offset", offset).param("limit", limit)
                .query(AuditTrail::event).list();
    }
}
