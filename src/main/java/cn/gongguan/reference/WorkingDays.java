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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Working days on the official calendar of public holidays and make-up working days (调休) that the State Council
 * publishes each year. The known years ship with the application (2004–2026); the county's system administrator
 * enters a new year's notice. A deadline that reaches into a year not yet entered is marked provisional.
 * The calendar is small: it is held in memory and re-read every few minutes, so every replica sees a new year.
 */
@Service
public class WorkingDays {

    /** The length of the notice's reference (文号) the calendar keeps. */
    private static final int MAX_SOURCE = 100;

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
     * Enters a year's notice, replacing whatever that year had: its public holidays and its make-up working days.
     * Only the county's system administrator may do this; every entry is audited.
     */
    @PlatformTransactional
    public void publishYear(int year, List<CalendarDay> days, String source) {
        GongguanUser admin = CurrentUser.get();
        if (admin.role() != Role.SYSTEM_ADMIN || admin.tenant().kind() != TenantKind.COUNTY) {
            throw new AccessDeniedException("Only the county's system administrator enters the calendar");
        }
        if (source.length() > MAX_SOURCE) {
            throw new InvalidInputException("source", "validation.tooLong", MAX_SOURCE);
        }
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
        jdbc.sql("delete from platform.calendar_day where extract(year from day) = ?").param(year).update();
        for (CalendarDay day : days) {
            jdbc.sql("insert into platform.calendar_day (day, kind, name_zh, name_en) values (?, ?, ?, ?)")
                    .params(Date.valueOf(day.day()), day.kind().name(), day.nameZh(), day.nameEn())
                    .update();
        }
        jdbc.sql("""
                insert into platform.calendar_year (year, source, entered_by) values (?, ?, ?)
                on conflict (year) do update set source = excluded.source, entered_by = excluded.entered_by,
                                                 entered_at = now()""")
                .params(year, source, admin.getUsername())
                .update();
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.CALENDAR_PUBLISHED, String.valueOf(year),
                days.size() + " days; " + source, null);
        reload();
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

    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    void reload() {
        Map<LocalDate, Kind> days = new HashMap<>();
        jdbc.sql("select day, kind from platform.calendar_day").query(rs -> {
            days.put(rs.getDate(1).toLocalDate(), Kind.valueOf(rs.getString(2)));
        });
        Set<Integer> years = new HashSet<>(jdbc.sql("select year from platform.calendar_year").query(Integer.class).list());
        calendar = new Snapshot(Map.copyOf(days), Set.copyOf(years));
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
