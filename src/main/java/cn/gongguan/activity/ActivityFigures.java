package cn.gongguan.activity;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.reference.WorkingDays;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Platform use (五反馈) per tenant and month, for the assessment's deduction for low use: the county days up to the day
 * counted on which the tenant's users left an audit event, against the working days of the month up to that day on
 * the official calendar. The audit trail is out of the tenant roles' reach, so {@code platform.active_days} counts
 * for the calling tenant only; its first event of a day marks the month owed. Use is the tenant's as a whole. A
 * package of its own: it reads security's trail and reference's calendar, and security may not depend on reference.
 */
@Component
public class ActivityFigures implements FigureSource {

    public static final String ACTIVE_DAYS = "active_days";
    public static final String WORKING_DAYS = "working_days";

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;

    ActivityFigures(JdbcClient jdbc, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
    }

    @Override
    public List<String> indicators() {
        return List.of(ACTIVE_DAYS, WORKING_DAYS);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        LocalDate first = month.atDay(1);
        counts.addTotal(ACTIVE_DAYS, jdbc.sql("select platform.active_days(?, ?)")
                .params(Date.valueOf(first), Date.valueOf(asOf)).query(Long.class).single());
        counts.addTotal(WORKING_DAYS, first.datesUntil(asOf.plusDays(1)).filter(workingDays::isWorkingDay).count());
    }
}
