package cn.gongguan.governance;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.reference.Department;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's state as the county sees it, on the rollup path (DESIGN.md): counts and days only, never a member's
 * name or phone. Each change of members, plan or meetings writes them again in the township's own transaction. Days
 * are stored as numbers {@code yyyyMMdd} (0: none), as the figures' counted day is.
 */
@Component
class GovernanceFigures {

    /** Current members of a department: the indicator's prefix, then the department's name. */
    static final String MEMBERS_OF = "governance_members_";
    /** The day of the latest meeting. */
    static final String LAST_MEETING = "governance_last_meeting";
    /** Meetings held in the year (period: the year). */
    static final String MEETINGS = "governance_meetings";
    /** The plan's version for the year (period: the year); absent: no plan. */
    static final String PLAN_VERSION = "governance_plan_version";
    /** The day the year's plan was last saved (period: the year). */
    static final String PLAN_SAVED = "governance_plan_saved";

    private final GovernanceMemberRepository members;
    private final GovernanceMeetingRepository meetings;
    private final Rollups rollups;
    private final Today today;

    GovernanceFigures(GovernanceMemberRepository members, GovernanceMeetingRepository meetings, Rollups rollups,
                      Today today) {
        this.members = members;
        this.meetings = meetings;
        this.rollups = rollups;
        this.today = today;
    }

    /** Every indicator the county reads for a year. */
    static List<String> indicators() {
        return Stream.concat(Stream.of(Department.values()).map(GovernanceFigures::membersOf),
                Stream.of(LAST_MEETING, MEETINGS, PLAN_VERSION, PLAN_SAVED)).toList();
    }

    static String membersOf(Department department) {
        return MEMBERS_OF + department.name();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void membersChanged() {
        Map<Department, Long> counts = new EnumMap<>(Department.class);
        for (Object[] row : members.activeByDepartment()) {
            counts.put((Department) row[0], (Long) row[1]);
        }
        for (Department department : Department.values()) {
            rollups.set(membersOf(department), Rollups.CURRENT, counts.getOrDefault(department, 0L));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void meetingsChanged(int year) {
        rollups.set(LAST_MEETING, Rollups.CURRENT, meetings.lastDay().map(GovernanceFigures::day).orElse(0L));
        rollups.set(MEETINGS, String.valueOf(year),
                meetings.countByHeldOnBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void planSaved(GovernancePlan plan) {
        String year = String.valueOf(plan.getYear());
        rollups.set(PLAN_VERSION, year, plan.number());
        rollups.set(PLAN_SAVED, year, day(today.date()));
    }

    static long day(LocalDate day) {
        return Long.parseLong(day.format(DateTimeFormatter.BASIC_ISO_DATE));
    }

    static LocalDate day(long value) {
        return value == 0 ? null : LocalDate.parse(String.valueOf(value), DateTimeFormatter.BASIC_ISO_DATE);
    }
}
