package cn.gongguan.security.audit;

import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only audit trail ({@code platform.audit_event}; the database refuses updates and deletes). Each tenant's
 * audit administrator reads the entries of their own tenant only — checked here, not only by the screen — and every
 * reading is itself recorded.
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

    /**
     * The audit administrator's own tenant's events, newest first; the county also sees failed logins under unknown
     * user names. Each first page of a filter is recorded as a reading (the pages after it are the same reading).
     */
    @PlatformTransactional
    public List<AuditEvent> list(AuditFilter filter, int offset, int limit) {
        GongguanUser auditor = auditor();
        if (offset == 0) {
            record(auditor.tenant(), auditor.getUsername(), AuditAction.AUDIT_READ, null, filter.describe(), null);
        }
        return jdbc.sql("select id, at, tenant_code, actor, action, subject, detail, remote_addr from platform.audit_event"
                        + WHERE + " order by at desc, id desc offset :offset limit :limit")
                .params(filter.parameters(auditor.tenant()))
                .param("offset", offset)
                .param("limit", limit)
                .query(AuditTrail::event)
                .list();
    }

    @PlatformTransactional(readOnly = true)
    public int count(AuditFilter filter) {
        return jdbc.sql("select count(*) from platform.audit_event" + WHERE)
                .params(filter.parameters(auditor().tenant())).query(Integer.class).single();
    }

    /** The account changes of the audit administrator's tenant not yet acknowledged, oldest first; a reading too. */
    @PlatformTransactional
    public List<AuditEvent> notices(int limit) {
        GongguanUser auditor = auditor();
        record(auditor.tenant(), auditor.getUsername(), AuditAction.AUDIT_READ, null, "account-change notices", null);
        return jdbc.sql("""
                select id, at, tenant_code, actor, action, subject, detail, remote_addr from platform.audit_event e
                where tenant_code = :tenant and action in (:actions)
                  and not exists (select 1 from platform.audit_acknowledgement a where a.event_id = e.id)
                order by id limit :limit""")
                .param("tenant", auditor.tenant().value())
                .param("actions", AuditAction.ACCOUNT_CHANGES.stream().map(Enum::name).toList())
                .param("limit", limit)
                .query(AuditTrail::event).list();
    }

    /** Acknowledges notices of the audit administrator's own tenant (others' are ignored); recorded. */
    @PlatformTransactional
    public void acknowledge(List<AuditEvent> notices) {
        GongguanUser auditor = auditor();
        List<Long> own = notices.stream().filter(n -> auditor.tenant().equals(n.tenant())).map(AuditEvent::id).toList();
        own.forEach(id -> jdbc.sql("""
                insert into platform.audit_acknowledgement (event_id, acknowledged_by) values (?, ?)
                on conflict (event_id) do nothing""").params(id, auditor.getUsername()).update());
        record(auditor.tenant(), auditor.getUsername(), AuditAction.NOTICES_ACKNOWLEDGED, null,
                own.size() + " account changes", null);
    }

    /** The latest logins, failed logins and refusals of one's own account, newest first. */
    @PlatformTransactional(readOnly = true)
    public List<AuditEvent> ownLogins(int limit) {
        GongguanUser user = CurrentUser.get();
        return jdbc.sql("""
                select id, at, tenant_code, actor, action, subject, detail, remote_addr from platform.audit_event
                where subject = ? and action in ('LOGIN_SUCCESS', 'LOGIN_FAILURE', 'LOGIN_REFUSED', 'ACCOUNT_LOCKED')
                order by at desc, id desc limit ?""")
                .params(user.getUsername(), limit).query(AuditTrail::event).list();
    }

    private static GongguanUser auditor() {
        return CurrentUser.inRole(EnumSet.of(Role.AUDIT_ADMIN), "read the audit trail");
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

    static final String WHERE = " " + """
            where (tenant_code = :tenant or (:county and tenant_code is null))
              and (cast(:actor as text) is null or actor = :actor)
              and (cast(:action as text) is null or action = :action)
              and (cast(:from as timestamptz) is null or at >= :from)
              and (cast(:to as timestamptz) is null or at < :to)""";

    static AuditEvent event(ResultSet rs, int row) throws SQLException {
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
