package cn.gongguan.governance;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.StaleEditException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The county's supervision visits (督导检查) of its townships' governance work and the townships' answers, kept in
 * {@code platform.supervision_visit} (platform changeset platform-080). Everything runs in the user's own tenant
 * transaction, as the tenant's database role: its row-level security shows a visit only to the county that recorded
 * it and the township it is about, lets a county record visits only of its own townships, and lets a township write
 * only the answer of its own visits. The services check the same first, to refuse at the field.
 */
@Service
public class SupervisionVisits {

    public static final String TOWNSHIP = "township";
    public static final String VISITED_ON = "visitedOn";
    public static final String RECTIFY_BY = "rectifyBy";
    public static final String RECTIFIED_ON = "rectifiedOn";
    private static final String COLUMNS = """
            id, county_code, township_code, visited_on, findings, rectification, rectify_by, recorded_by,
            recorded_at, rectified, rectified_on, answered_by, answered_at""";

    private final JdbcClient jdbc;
    private final TenantRegistry tenants;
    private final AuditTrail audit;
    private final Today today;
    private final TransactionTemplate tenantTransaction;

    SupervisionVisits(JdbcClient jdbc, TenantRegistry tenants, AuditTrail audit, Today today,
                      PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.audit = audit;
        this.today = today;
        this.tenantTransaction = new TransactionTemplate(transactionManager);
    }

    /** The townships directly below the user's county, which it supervises. */
    public List<Tenant> townships() {
        GongguanUser user = GovernanceAccess.county();
        return tenants.children(user.tenant()).stream()
                .filter(t -> t.kind() == TenantKind.TOWNSHIP && t.isReady()).toList();
    }

    /** The county's visits of one of its townships, latest first. */
    @Transactional(readOnly = true)
    public List<SupervisionVisit> of(TenantCode township) {
        GongguanUser user = GovernanceAccess.county();
        return jdbc.sql("select " + COLUMNS + " from platform.supervision_visit"
                        + " where county_code = ? and township_code = ? order by visited_on desc, id desc")
                .params(user.tenant().value(), township.value())
                .query(SupervisionVisits::visit).list();
    }

    /** The visits the county made to each of its townships, counted: all, still open, open past their day. */
    @Transactional(readOnly = true)
    public Map<TenantCode, SupervisionSummary> summaries() {
        GongguanUser user = GovernanceAccess.county();
        Map<TenantCode, SupervisionSummary> summaries = new HashMap<>();
        jdbc.sql("""
                        select township_code, count(*), count(*) filter (where rectified_on is null),
                               count(*) filter (where rectified_on is null and rectify_by < ?), max(visited_on)
                        from platform.supervision_visit where county_code = ? group by township_code""")
                .params(today.date(), user.tenant().value())
                .query(rs -> {
                    summaries.put(TenantCode.of(rs.getString(1)), new SupervisionSummary(rs.getLong(2),
                            rs.getLong(3), rs.getLong(4), rs.getDate(5).toLocalDate()));
                });
        return summaries;
    }

    /**
     * Records a visit of one of the county's townships; refused at the field for another township, a day in the
     * future, a missing text, or a rectify-by day before the visit. Recorded in the county's audit trail.
     */
    public SupervisionVisit record(TenantCode township, SupervisionDetails details) {
        GongguanUser user = GovernanceAccess.county();
        if (township == null) {
            throw new InvalidInputException(TOWNSHIP, "validation.required");
        }
        if (townships().stream().noneMatch(t -> t.code().equals(township))) {
            throw new InvalidInputException(TOWNSHIP, "governance.supervision.township.outside");
        }
        LocalDate visitedOn = pastDay(VISITED_ON, details.visitedOn());
        String findings = GovernanceLimits.FINDINGS.check(details.findings());
        String rectification = GovernanceLimits.RECTIFICATION.check(details.rectification());
        if (details.rectifyBy() == null) {
            throw new InvalidInputException(RECTIFY_BY, "validation.required");
        }
        if (details.rectifyBy().isBefore(visitedOn)) {
            throw new InvalidInputException(RECTIFY_BY, "governance.supervision.rectifyBy.beforeVisit");
        }
        return tenantTransaction.execute(status -> {
            long id = jdbc.sql("""
                            insert into platform.supervision_visit (county_code, township_code, visited_on, findings,
                                rectification, rectify_by, recorded_by)
                            values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.tenant().value(), township.value(), visitedOn, findings, rectification,
                            details.rectifyBy(), user.getUsername())
                    .query(Long.class).single();
            audit.record(user.tenant(), user.getUsername(), AuditAction.SUPERVISION_RECORDED, subject(id),
                    "township " + township.value() + ", visited " + visitedOn + ", rectify by "
                            + details.rectifyBy(), null);
            return find(id);
        });
    }

    /** The visits the township received, latest first. */
    @Transactional(readOnly = true)
    public List<SupervisionVisit> received() {
        GovernanceAccess.reader();
        return jdbc.sql("select " + COLUMNS + " from platform.supervision_visit"
                        + " where township_code = ? order by visited_on desc, id desc")
                .param(TenantContext.current().value())
                .query(SupervisionVisits::visit).list();
    }

    /**
     * The township's answer to a visit it received and has not answered: refused at the field for a missing text or
     * a day in the future or before the visit. A visit is answered once (the database refuses a second answer too), so
     * one answered meanwhile is a stale edit. The answer's time is the database's. Recorded in the township's audit
     * trail.
     */
    @Transactional
    public SupervisionVisit answer(long id, SupervisionAnswer answer) {
        GongguanUser user = GovernanceAccess.keeper();
        SupervisionVisit visit = jdbc.sql("select " + COLUMNS + " from platform.supervision_visit"
                        + " where id = ? and township_code = ? for update")
                .params(id, TenantContext.current().value())
                .query(SupervisionVisits::visit).optional()
                .orElseThrow(() -> new AccessDeniedException("No supervision visit " + id + " of this township"));
        if (!visit.isOpen()) {
            throw new StaleEditException(visit.answeredBy(), visit.answeredAt());
        }
        String rectified = GovernanceLimits.RECTIFIED.check(answer.rectified());
        if (rectified == null) {
            throw new InvalidInputException(GovernanceLimits.RECTIFIED.field(), "validation.required");
        }
        LocalDate rectifiedOn = pastDay(RECTIFIED_ON, answer.rectifiedOn());
        if (rectifiedOn.isBefore(visit.visitedOn())) {
            throw new InvalidInputException(RECTIFIED_ON, "governance.supervision.rectifiedOn.beforeVisit");
        }
        jdbc.sql("""
                        update platform.supervision_visit
                        set rectified = ?, rectified_on = ?, answered_by = ?, answered_at = now() where id = ?""")
                .params(rectified, rectifiedOn, user.getUsername(), id)
                .update();
        audit.record(user.tenant(), user.getUsername(), AuditAction.SUPERVISION_ANSWERED, subject(id),
                "rectified on " + rectifiedOn, null);
        return find(id);
    }

    private SupervisionVisit find(long id) {
        return jdbc.sql("select " + COLUMNS + " from platform.supervision_visit where id = ?").param(id)
                .query(SupervisionVisits::visit).single();
    }

    private LocalDate pastDay(String field, LocalDate day) {
        if (day == null) {
            throw new InvalidInputException(field, "validation.required");
        }
        if (day.isAfter(today.date())) {
            throw new InvalidInputException(field, "governance.day.future");
        }
        return day;
    }

    private static String subject(long id) {
        return "supervision_visit:" + id;
    }

    private static SupervisionVisit visit(ResultSet rs, int row) throws SQLException {
        Date rectifiedOn = rs.getDate(11);
        Timestamp answeredAt = rs.getTimestamp(13);
        return new SupervisionVisit(rs.getLong(1), TenantCode.of(rs.getString(2)), TenantCode.of(rs.getString(3)),
                rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                rs.getString(8), rs.getTimestamp(9).toInstant(), rs.getString(10),
                rectifiedOn == null ? null : rectifiedOn.toLocalDate(), rs.getString(12),
                answeredAt == null ? null : answeredAt.toInstant());
    }
}
