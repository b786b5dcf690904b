package cn.gongguan.governance;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A township's joint-operation figures per unit and month, on the rollup path for the dashboards and the assessment
 * (item 6): the tasks it received (by the month their operation was published) and submitted (by the month
 * submitted), for the township as a whole; and from its findings, by the day found and the unit of the key location,
 * the locations checked (in the month of their first finding) and what was found there. Tasks are read through the
 * row policies: the township counts its own task only.
 */
@Component
public class OperationFigures implements FigureSource {

    public static final String TASKS = "operation_tasks";
    public static final String TASKS_SUBMITTED = "operation_tasks_submitted";
    /**
     * Tasks received and not submitted on the day counted, of operations running in the month or after it (an
     * operation long over no longer counts month after month): the items the assessment deducts.
     */
    public static final String TASKS_OPEN = "operation_tasks_open";
    /**
     * The township's open tasks on a day in a month (parameters: the township, the day twice, the month's first day):
     * published by then, not submitted by then, the operation ending on or after the month's first day. One condition
     * for the figure and its list ({@link OpenTaskRecords}).
     */
    static final String OPEN_TASKS = """
            from platform.operation_task k join platform.operation o on o.id = k.operation_id
            where k.township_code = ? and (o.published_at at time zone 'Asia/Shanghai')::date <= ?
              and not (k.state = 'SUBMITTED' and (k.submitted_at at time zone 'Asia/Shanghai')::date <= ?)
              and o.ends_on >= ?""";
    public static final String LOCATIONS_CHECKED = "operation_locations_checked";
    public static final String PERSONS_CHECKED = "operation_persons_checked";
    public static final String PERSONS_REGISTERED = "operation_persons_registered";
    public static final String WITHOUT_CERTIFICATE = "operation_without_certificate";
    public static final String REFERRED = "operation_referred";
    public static final String HOUSES_FOUND = "operation_houses_found";

    private final JdbcClient jdbc;

    OperationFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> indicators() {
        return List.of(TASKS, TASKS_SUBMITTED, TASKS_OPEN, LOCATIONS_CHECKED, PERSONS_CHECKED, PERSONS_REGISTERED,
                WITHOUT_CERTIFICATE, REFERRED, HOUSES_FOUND);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        String township = TenantContext.current().value();
        counts.addTotal(TASKS, jdbc.sql("""
                        select count(*) from platform.operation_task k
                        join platform.operation o on o.id = k.operation_id
                        where k.township_code = ?
                          and (o.published_at at time zone 'Asia/Shanghai')::date between ? and ?""")
                .params(township, first, last).query(Long.class).single());
        counts.addTotal(TASKS_SUBMITTED, jdbc.sql("""
                        select count(*) from platform.operation_task
                        where township_code = ? and state = 'SUBMITTED'
                          and (submitted_at at time zone 'Asia/Shanghai')::date between ? and ?""")
                .params(township, first, last).query(Long.class).single());
        counts.addTotal(TASKS_OPEN, jdbc.sql("select count(*) " + OPEN_TASKS)
                .params(township, asOf, asOf, first).query(Long.class).single());
        jdbc.sql("""
                        select unit, count(*) from (
                            select location_id, min(found_on) as first_found, min(org_unit_code) as unit
                            from operation_finding group by location_id) l
                        where first_found between ? and ? group by unit""")
                .params(first, last)
                .query((rs, row) -> {
                    counts.add(LOCATIONS_CHECKED, rs.getString(1), rs.getLong(2));
                    return null;
                }).list();
        jdbc.sql("""
                        select org_unit_code, sum(persons_checked), sum(persons_registered), sum(without_certificate),
                               sum(referred), sum(houses_found)
                        from operation_finding where found_on between ? and ? group by org_unit_code""")
                .params(first, last)
                .query((rs, row) -> {
                    String unit = rs.getString(1);
                    counts.add(PERSONS_CHECKED, unit, rs.getLong(2));
                    counts.add(PERSONS_REGISTERED, unit, rs.getLong(3));
                    counts.add(WITHOUT_CERTIFICATE, unit, rs.getLong(4));
                    counts.add(REFERRED, unit, rs.getLong(5));
                    counts.add(HOUSES_FOUND, unit, rs.getLong(6));
                    return null;
                }).list();
    }
}
