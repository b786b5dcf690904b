package cn.gongguan.exchange;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.reference.Deadline;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time limits of verification requests (协查) by urgency, one set per county, set by the county's system
 * administrator (DESIGN.md, Deadlines): a number of days, counted as working days on the official calendar or as
 * calendar days. A county that set none uses {@link Urgency#defaultDays()} calendar days. Every unit of a county reads
 * its county's limits; only the county's own role writes them (platform-052).
 */
@Service
public class TimeLimits {

    /** The longest limit a county may set: a year. */
    public static final int MAX_DAYS = 365;

    /** A verification request's time limit; {@code updatedBy} is null for a default nobody set. */
    public record Limit(Urgency urgency, int days, boolean workingDays, String updatedBy, Instant updatedAt) {

        /** The day a request sent on {@code sent} is due. */
        Deadline due(LocalDate sent, WorkingDays calendar) {
            return workingDays ? calendar.deadline(sent, days) : new Deadline(sent.plusDays(days), false);
        }
    }

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Clock clock;

    TimeLimits(JdbcClient jdbc, WorkingDays workingDays, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** The limits in force for the bound tenant's county, one per urgency. */
    @Transactional(readOnly = true)
    public List<Limit> limits() {
        Map<Urgency, Limit> limits = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            limits.put(urgency, new Limit(urgency, urgency.defaultDays(), false, null, null));
        }
        jdbc.sql("""
                select urgency, days, working_days, updated_by, updated_at from platform.exchange_time_limit
                where county_code = ?""")
                .param(county(TenantContext.current()))
                .query(rs -> {
                    Urgency urgency = Urgency.valueOf(rs.getString(1));
                    limits.put(urgency, new Limit(urgency, rs.getInt(2), rs.getBoolean(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()));
                });
        return List.copyOf(limits.values());
    }

    /** When a verification request of this urgency, sent on {@code sent} by the bound tenant, is due. */
    @Transactional(readOnly = true)
    public Deadline due(Urgency urgency, LocalDate sent) {
        return limits().stream().filter(limit -> limit.urgency() == urgency).findFirst().orElseThrow()
                .due(sent, workingDays);
    }

    /** Sets the county's limit for an urgency (its system administrator only), audited with the old and new limit. */
    @Transactional
    public void set(Urgency urgency, Integer days, boolean working) {
        String by = CurrentUser.inRole(EnumSet.of(Role.SYSTEM_ADMIN), "set the exchange's time limits").getUsername();
        TenantCode tenant = TenantContext.current();
        if (tenant.parent().isPresent()) {
            throw new AccessDeniedException("Time limits are the county's");
        }
        if (urgency == null) {
            throw new InvalidInputException("urgency", "validation.required");
        }
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException("days", "exchange.timeLimit.days", MAX_DAYS);
        }
        Limit before = limits().stream().filter(limit -> limit.urgency() == urgency).findFirst().orElseThrow();
        jdbc.sql("""
                insert into platform.exchange_time_limit (county_code, urgency, days, working_days, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (county_code, urgency) do update set days = excluded.days,
                    working_days = excluded.working_days, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at""")
                .params(tenant.value(), urgency.name(), days, working, by, Timestamp.from(clock.instant()))
                .update();
        audit.record(tenant, by, AuditAction.TIME_LIMIT_CHANGED, "time-limit:" + urgency.name(),
                describe(before.days(), before.workingDays()) + " → " + describe(days, working), null);
    }

    private static String describe(int days, boolean working) {
        return days + (working ? " working days" : " calendar days");
    }

    /** The county a tenant belongs to: the root of its code. */
    static String county(TenantCode tenant) {
        return tenant.value().substring(0, 6);
    }
}
