package cn.gongguan.glass;

import cn.gongguan.fivestep.Delivery;
import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.Step;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.reference.Sex;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.MaritalStatus;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Break-the-glass (紧急查阅, DESIGN.md cross-tenant path 4): a member of the county's governance group opens one
 * person's record in a township or residents' committee of its own county tree, with a reason, for a limited time
 * ({@code gongguan.glass.duration}), read only. The county's own database role runs all of it: it reads no unit's
 * schema, and the functions of platform changeset platform-070 open an access only inside its tree and hand out the
 * record's clear fields only under an access of its own that has not expired — the database's clock decides. Each
 * opening and reading is recorded in the county's audit trail here and in the unit's by the database; the unit's
 * administrator sees the accesses to its records on the home page.
 */
@Service
public class BreakTheGlass {

    /** Who opens records under break-the-glass: the county governance group's members. */
    public static final Set<Role> OPENERS = EnumSet.of(Role.COUNTY_GOVERNANCE);
    /** Who is told of the accesses to their unit's records: a township's administrator, a committee's clerk. */
    public static final Set<Role> TOLD = EnumSet.of(Role.TOWNSHIP_ADMIN, Role.COMMITTEE_CLERK);
    /** The field a refusal of the unit names. */
    public static final String UNIT = "unit";
    public static final String REASON = "reason";
    private static final String COLUMNS = """
            a.id, a.county_code, a.opened_by, a.target_code, a.person_id, a.reason_kind, a.reason_text, a.opened_at,
            a.expires_at, now() < a.expires_at as active""";

    private final JdbcClient jdbc;
    private final TenantRegistry tenants;
    private final AuditTrail audit;
    private final GlassSettings settings;
    private final Today today;
    private final TransactionTemplate tenantTransaction;

    BreakTheGlass(JdbcClient jdbc, TenantRegistry tenants, AuditTrail audit, GlassSettings settings, Today today,
                  PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.audit = audit;
        this.settings = settings;
        this.today = today;
        this.tenantTransaction = new TransactionTemplate(transactionManager);
    }

    /** How long an access lasts once opened. */
    public Duration duration() {
        return settings.duration();
    }

    /** The units whose records the opener's county may open: the townships and committees of its tree. */
    public List<Tenant> units() {
        GongguanUser user = opener("list the units of break-the-glass");
        return tenants.subtree(user.tenant()).stream()
                .filter(t -> t.kind() != user.tenant().kind() && t.isReady()).toList();
    }

    /**
     * Opens the record of the person with the ID number in the unit, for the configured time; refused at the field
     * when the unit is not the county's, the ID number invalid or not in the unit's registry, or the reason missing.
     * The unit is checked here against the tenant tree (a platform read) before the county's transaction, whose role
     * may not read it; the database checks it again.
     *
     * @return the access's number
     */
    public long open(TenantCode unit, String idNumber, GlassReason reason, String reasonText) {
        GongguanUser user = opener("open a record under break-the-glass");
        if (unit == null) {
            throw new InvalidInputException(UNIT, "validation.required");
        }
        Tenant target = units().stream().filter(t -> t.code().equals(unit)).findFirst()
                .orElseThrow(() -> new InvalidInputException(UNIT, "glass.unit.outside"));
        IdNumber person = IdNumber.parse(idNumber, today.date());
        if (reason == null) {
            throw new InvalidInputException(REASON, "validation.required");
        }
        String text = GlassLimits.REASON_TEXT.check(reasonText);
        Long opened = tenantTransaction.execute(status -> {
            Long id = jdbc.sql("select platform.glass_open(?, ?, ?, ?, make_interval(secs => ?), ?)")
                    .params(unit.value(), person.value(), reason.name(), text, settings.duration().toSeconds(),
                            user.getUsername())
                    .query(Long.class).optional().orElse(null);
            if (id != null) {
                audit.record(user.tenant(), user.getUsername(), AuditAction.GLASS_OPENED, "glass:" + id,
                        "unit " + unit.value() + ", " + reason.name() + ": " + text, null);
            } else {
                // a search for someone the unit does not hold is kept too: no member probes the townships unseen
                audit.record(user.tenant(), user.getUsername(), AuditAction.GLASS_REFUSED, "unit:" + unit.value(),
                        person.masked() + ", " + reason.name() + ": " + text, null);
            }
            return id;
        });
        if (opened == null) {
            throw new InvalidInputException(IdNumber.FIELD, "glass.person.notFound", target.name());
        }
        return opened;
    }

    /** One of the opener's own accesses, active or expired; empty for another's or an unknown number. */
    @Transactional(readOnly = true)
    public Optional<GlassAccess> find(long id) {
        GongguanUser user = opener("open a break-the-glass access");
        return jdbc.sql("select " + COLUMNS + " from platform.glass_access a where a.id = ? and a.county_code = ?"
                        + " and a.opened_by = ?")
                .params(id, user.tenant().value(), user.getUsername())
                .query(BreakTheGlass::access).optional();
    }

    /**
     * The record under one of the opener's accesses while it is active; the reading is recorded in both units' audit
     * trails. Refused with {@link GlassExpiredException} once it has expired, and for another member's access.
     */
    @Transactional
    public GlassRecord read(long id) {
        GongguanUser user = opener("read a record under break-the-glass");
        GlassAccess access = find(id).orElseThrow(() -> new AccessDeniedException("No break-the-glass access " + id
                + " of " + user.getUsername()));
        if (!access.active()) {
            throw new GlassExpiredException(access);
        }
        String actor = user.getUsername();
        GlassRecord.Registered person = jdbc.sql("select * from platform.glass_person(?, ?)").params(id, actor)
                .query(BreakTheGlass::registered).single();
        List<GlassRecord.StepDone> steps = jdbc.sql("select * from platform.glass_steps(?, ?)").params(id, actor)
                .query((rs, row) -> new GlassRecord.StepDone(Step.valueOf(rs.getString("step")),
                        date(rs, "done_on"), rs.getString("recorded_by"),
                        rs.getString("delivered") == null ? null : Delivery.valueOf(rs.getString("delivered"))))
                .list();
        List<GlassRecord.FollowUpDue> followUps = jdbc.sql("select * from platform.glass_follow_ups(?, ?)")
                .params(id, actor)
                .query((rs, row) -> new GlassRecord.FollowUpDue(FollowUpKind.valueOf(rs.getString("kind")),
                        date(rs, "due_on"), rs.getString("assignee"), date(rs, "done_on")))
                .list();
        audit.record(user.tenant(), actor, AuditAction.GLASS_READ, "glass:" + id, "unit " + access.unit(), null);
        return new GlassRecord(access, person, steps, followUps);
    }

    /** The opener's own accesses still active, the latest first: the records they may open again now. */
    @Transactional(readOnly = true)
    public List<GlassAccess> activeOfMine() {
        GongguanUser user = opener("list break-the-glass accesses");
        return jdbc.sql("select " + COLUMNS + " from platform.glass_access a where a.county_code = ?"
                        + " and a.opened_by = ? and now() < a.expires_at order by a.opened_at desc, a.id desc")
                .params(user.tenant().value(), user.getUsername())
                .query(BreakTheGlass::access).list();
    }

    /**
     * The county's break-the-glass log, newest first, a page at a time: every access its members opened, by whom,
     * in which unit, why and until when — no personal data (the row policy gives the county its own accesses only).
     */
    @Transactional(readOnly = true)
    public List<GlassAccess> log(int offset, int limit) {
        opener("read the break-the-glass log");
        return jdbc.sql("select " + COLUMNS + " from platform.glass_access a where a.county_code = ?"
                        + " order by a.opened_at desc, a.id desc offset ? limit ?")
                .params(TenantContext.current().value(), offset, limit)
                .query(BreakTheGlass::access).list();
    }

    @Transactional(readOnly = true)
    public int logSize() {
        opener("read the break-the-glass log");
        return jdbc.sql("select count(*) from platform.glass_access a where a.county_code = ?")
                .param(TenantContext.current().value()).query(Integer.class).single();
    }

    /** An access to one of this unit's records, with the person's name from the unit's own registry. */
    public record Notice(GlassAccess access, String personName) {
    }

    /** The latest accesses to this unit's records, newest first, for its administrator's home page. */
    @Transactional(readOnly = true)
    public List<Notice> toThisUnit(int limit) {
        CurrentUser.inRole(TOLD, "see the break-the-glass accesses to the unit");
        return jdbc.sql("select " + COLUMNS + ", p.name from platform.glass_access a"
                        + " left join person p on p.id = a.person_id"
                        + " where a.target_code = ? order by a.opened_at desc, a.id desc limit ?")
                .params(TenantContext.current().value(), limit)
                .query((rs, row) -> new Notice(access(rs, row), rs.getString("name"))).list();
    }

    /** Whether the logged-in user opens records under break-the-glass (the menu shows it only to them). */
    public static boolean mayOpen() {
        return CurrentUser.find().map(user -> OPENERS.contains(user.role())).orElse(false);
    }

    private static GongguanUser opener(String work) {
        return CurrentUser.inRole(OPENERS, work);
    }

    private static GlassAccess access(ResultSet rs, int row) throws SQLException {
        return new GlassAccess(rs.getLong("id"), rs.getString("county_code"), rs.getString("opened_by"),
                rs.getString("target_code"), rs.getLong("person_id"), GlassReason.valueOf(rs.getString("reason_kind")),
                rs.getString("reason_text"), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getBoolean("active"));
    }

    private static GlassRecord.Registered registered(ResultSet rs, int row) throws SQLException {
        return new GlassRecord.Registered(rs.getString("name"), rs.getString("id_number"),
                Sex.valueOf(rs.getString("sex")), date(rs, "birth_date"), rs.getString("phone"),
                rs.getString("registration_place"), rs.getString("org_unit_name"), rs.getString("address"),
                date(rs, "arrival_date"), FlowType.valueOf(rs.getString("flow_type")),
                MaritalStatus.valueOf(rs.getString("marital_status")), rs.getInt("children"), rs.getString("employer"),
                rs.getString("certificate_number"), rs.getString("certificate_place"),
                date(rs, "certificate_valid_until"), rs.getBoolean("certificate_checked"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
