package cn.gongguan.security.audit;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail ({@code platform.audit_event}; the database refuses updates and deletes). Each tenant's
 * audit administrator reads the entries of their own tenant only.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an event; joins the caller's transaction, if any, so the event stands or falls with what it records. */
    public void record(TenantCode tenant, String actor, AuditAction action, String subject, String detail,
                       String remoteAddress) {
        jdbc.sql("""
                insert into platform.audit_event (tenant_code, actor, action, subject, detail, remote_addr)
                values (?, ?, ?, ?, ?, ?)""")
                .params(tenant == null ? null : tenant.value(), truncate(actor, 64), action.name(),
                        truncate(subject, 128), detail, truncate(remoteAddress, 64))
                .update();
    }

    /** The tenant's events, newest first; the county also sees failed logins under unknown user names. */
    @PlatformTransactional(readOnly = true)
    public List<AuditEvent> list(TenantCode tenant, AuditFilter filter, int offset, int limit) {
        return jdbc.sql("select id, at, tenant_code, actor, action, subject, detail, remote_addr from platform.audit_event"
                        + WHERE + " order by at desc, id desc offset :offset limit :limit")
                .params(filter.parameters(tenant))
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditTrail::event)
                .list();
    }

    @PlatformTransactional(readOnly = true)
    public int count(TenantCode tenant, AuditFilter filter) {
        return jdbc.sql("select count(*) from platform.audit_event" + WHERE)
                .params(filter.parameters(tenant)).query(Integer.class).single();
    }

    /** Failed logins under a user name since the given instant and since its last successful login or unlock. */
    @PlatformTransactional(readOnly = true)
    public int failuresSinceLastSuccess(String username, Instant since) {
        return jdbc.sql("""
                select count(*) from platform.audit_event
                where subject = :username and action = 'LOGIN_FAILURE' and at > :since
                  and at > coalesce((select max(at) from platform.audit_event
                                     where subject = :username and action in ('LOGIN_SUCCESS', 'ACCOUNT_UNLOCKED')),
                                    '-infinity')""")
                .param("username", truncate(username, 128))
                .param("since", Timestamp.from(since))
                .query(Integer.class).single();
    }

    private static final String WHERE = " " + """
            where (tenant_code = :tenant or (:county and tenant_code is null))
              and (cast(:actor as text) is null or actor = :actor)
              and (cast(:action as text) is null or action = :action)
              and (cast(:from as timestamptz) is null or at >= :from)
              and (cast(:to as timestamptz) is null or at < :to)""";

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        String tenant = rs.getString("tenant_code");
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                tenant == null ? null : TenantCode.of(tenant), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("subject"), rs.getString("detail"),
                rs.getString("remote_addr"));
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
