package cn.gongguan.reference;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformDatabase;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.reference.CalendarDay.Kind;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Working days on the official calendar of public holidays and make-up working days (调休) that the State Council
 * publishes each year. The known years ship with the application (2004–2026); the county's system administrator
 * enters a new year's notice, and changes a year already entered with the county's security administrator's approval.
 * A deadline that reaches into a year not yet entered is marked provisional.
 * The calendar is small: it is held in memory and re-read every few minutes, so every replica sees a new year.
 */
@Service
public class WorkingDays {

    /** The length of the notice's reference (文号) the calendar keeps. */
    private static final String OPEN_CHANGES = """
            select id, year, source, days, requested_by, requested_at from platform.calendar_change
            where decision is null""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private volatile Snapshot calendar;

    WorkingDays(JdbcClient jdbc, AuditTrail audit, PlatformDatabase platform) {
        this.jdbc = jdbc;
        this.audit = audit;
        reload();
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }

    /** The day on which something received on {@code received} is due, {@code workingDays} working days later. */
    public Deadline deadline(LocalDate received, int workingDays) {
        Snapshot current = calendar;
        LocalDate day = received;
        boolean provisional = false;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            provisional |= !current.publishedYears.contains(day.getYear());
            if (current.isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(day, provisional);
    }

    public boolean isPublished(int year) {
        return calendar.publishedYears.contains(year);
    }

    /**
     * Enters a year's notice: its public holidays and its make-up working days. A year not yet published is in force at
     * once. A published year is only changed once the county's security administrator approves (MLPS level 3: no
     * single administrator rewrites the days deadlines are counted on); while one change of a year waits, another is
     * refused, so what is approved is what the security administrator was shown. Only the county's system
     * administrator enters the calendar; every entry and request is audited.
     */
    @PlatformTransactional
    public Entry publishYear(int year, List<CalendarDay> days, String source) {
        GongguanUser admin = countyUser(Role.SYSTEM_ADMIN, "enter the calendar");
        check(year, days, source);
        // Claiming the year's row decides, even against another replica entering the same year at the same moment
        boolean unpublished = jdbc.sql("""
                insert into platform.calendar_year (year, source, entered_by) values (?, ?, ?)
                on conflict (year) do nothing""")
                .params(year, source, admin.getUsername())
                .update() == 1;
        if (!unpublished) {
            requestChange(admin, year, days, source);
            return Entry.AWAITING_APPROVAL;
        }
        replaceDays(year, days);
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.CALENDAR_PUBLISHED, String.valueOf(year),
                days.size() + " days; " + source, null);
        reloadAfterCommit();
        return Entry.PUBLISHED;
    }

    /** The changes of published years waiting for approval, by year: at most one per year, so a short list. */
    @PlatformTransactional(readOnly = true)
    public List<ChangeRequest> openChanges() {
        countyUser(Role.SECURITY_ADMIN, "decide calendar changes");
        return jdbc.sql(OPEN_CHANGES + " order by year").query(WorkingDays::change).list();
    }

    /** Approves a change: the year's days become those requested, entered by the one who requested them. */
    @PlatformTransactional
    public void approve(long changeId) {
        GongguanUser admin = countyUser(Role.SECURITY_ADMIN, "decide calendar changes");
        ChangeRequest change = decide(admin, changeId, "APPROVED");
        replaceDays(change.year(), change.days());
        jdbc.sql("update platform.calendar_year set source = ?, entered_by = ?, entered_at = now() where year = ?")
                .params(change.source(), change.requestedBy(), change.year())
                .update();
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.CALENDAR_CHANGE_APPROVED,
                String.valueOf(change.year()), "change " + changeId + " by " + change.requestedBy() + ": "
                        + change.days().size() + " days; " + change.source(), null);
        reloadAfterCommit();
    }

    /** Rejects a change: the year keeps the days in force. */
    @PlatformTransactional
    public void reject(long changeId) {
        GongguanUser admin = countyUser(Role.SECURITY_ADMIN, "decide calendar changes");
        ChangeRequest change = decide(admin, changeId, "REJECTED");
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.CALENDAR_CHANGE_REJECTED,
                String.valueOf(change.year()), "change " + changeId + " by " + change.requestedBy(), null);
    }

    /** The years whose notice is entered, each with where it came from, latest first. */
    @PlatformTransactional(readOnly = true)
    public List<PublishedYear> publishedYears() {
        return jdbc.sql("select year, source, entered_by, entered_at from platform.calendar_year order by year desc")
                .query((rs, row) -> new PublishedYear(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** The exceptional days of a year, in order. */
    @PlatformTransactional(readOnly = true)
    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("select day, kind, name_zh, name_en from platform.calendar_day where day >= ? and day < ? order by day")
                .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year + 1, 1, 1)))
                .query((rs, row) -> new CalendarDay(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    /** A year whose State Council notice is entered. */
    public record PublishedYear(int year, String source, String enteredBy, Instant enteredAt) {
    }

    /** What became of an entered notice. */
    public enum Entry {
        /** The year was not published yet: its days are in force now. */
        PUBLISHED,
        /** The year was published: the change waits for the county's security administrator. */
        AWAITING_APPROVAL
    }

    /** A change of a published year waiting for the county's security administrator. */
    public record ChangeRequest(long id, int year, String source, List<CalendarDay> days, String requestedBy,
                                Instant requestedAt) {
    }

    /** Deadlines follow the new days once they are committed, never days a failed transaction left behind. */
    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                reload();
            }
        });
    }

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void reload() {
        Map<LocalDate, Kind> days = new HashMap<>();
        jdbc.sql("select day, kind from platform.calendar_day").query(rs -> {
            days.put(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2)));
        });
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from platform.calendar_year").query(Integer.class).list());
        calendar = new Snapshot(Map.copyOf(days), Set.copyOf(years));
    }

    private void requestChange(GongguanUser admin, int year, List<CalendarDay> days, String source) {
        String lines = days.stream().map(CalendarDay::line).collect(Collectors.joining("\n"));
        Long id = jdbc.sql("""
                insert into platform.calendar_change (year, source, days, requested_by) values (?, ?, ?, ?)
                on conflict (year) where decision is null do nothing returning id""")
                .params(year, source, lines, admin.getUsername())
                .query(Long.class).optional()
                .orElseThrow(() -> new InvalidInputException("year", "calendar.change.pending", String.valueOf(year)));
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.CALENDAR_CHANGE_REQUESTED, String.valueOf(year),
                "change " + id + ": " + days.size() + " days; " + source, null);
    }

    /**
     * Marks an open change decided. The row lock makes a second security administrator deciding the same change at
     * the same moment wait, then find it decided and be refused.
     */
    private ChangeRequest decide(GongguanUser admin, long changeId, String decision) {
        ChangeRequest change = jdbc.sql(OPEN_CHANGES + " and id = ? for update").param(changeId)
                .query(WorkingDays::change).optional()
                .orElseThrow(() -> new InvalidInputException("change", "calendar.change.decided"));
        // The roles already differ; the name is checked too, as approval by another person is the point
        if (change.requestedBy().equals(admin.getUsername())) {
            throw new AccessDeniedException("Nobody decides their own calendar change");
        }
        jdbc.sql("update platform.calendar_change set decision = ?, decided_by = ?, decided_at = now() where id = ?")
                .params(decision, admin.getUsername(), changeId)
                .update();
        return change;
    }

    private void replaceDays(int year, List<CalendarDay> days) {
        jdbc.sql("delete from platform.calendar_day where extract(year from day) = ?").param(year).update();
        for (CalendarDay day : days) {
            jdbc.sql("insert into platform.calendar_day (day, kind, name_zh, name_en) values (?, ?, ?, ?)")
                    .params(Date.valueOf(day.day()), day.kind().name(), day.nameZh(), day.nameEn())
                    .update();
        }
    }

    private static void check(int year, List<CalendarDay> days, String source) {
        CalendarLimits.SOURCE.check(source);
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarDay day : days) {
            if (day.day().getYear() != year) {
                throw new InvalidInputException("day", "calendar.otherYear", day.day().toString(), String.valueOf(year));
            }
            if (!seen.add(day.day())) {
                throw new InvalidInputException("day", "calendar.repeated", day.day().toString());
            }
            if (day.kind() == Kind.WORKDAY && !isWeekend(day.day())) {
                throw new InvalidInputException("day", "calendar.workdayOnWeekday", day.day().toString());
            }
        }
    }

    /** The current user if they hold the role in the county: the calendar is the county's, used by every unit. */
    private static GongguanUser countyUser(Role role, String work) {
        GongguanUser user = CurrentUser.inRole(EnumSet.of(role), work);
        if (user.tenant().kind() != TenantKind.COUNTY) {
            throw new AccessDeniedException("Only the county's " + role + " may " + work);
        }
        return user;
    }

    private static ChangeRequest change(ResultSet rs, int row) throws SQLException {
        return new ChangeRequest(rs.getLong("id"), rs.getInt("year"), rs.getString("source"),
                CalendarDay.parseNotice(rs.getString("days")), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant());
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The calendar as last read: the exceptional days and the years whose notice is entered. */
    private record Snapshot(Map<LocalDate, Kind> days, Set<Integer> publishedYears) {

        boolean isWorkingDay(LocalDate day) {
            Kind kind = days.get(day);
            return kind == null ? !isWeekend(day) : kind == Kind.WORKDAY;
        }
    }
}
