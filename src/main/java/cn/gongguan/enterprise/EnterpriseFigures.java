package cn.gongguan.enterprise;

import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.registry.KeyGroup;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The enterprises' figures per unit (the enterprise's village or community) and month, as they stood on the day
 * counted:
 * <ul>
 * <li>{@value #STAFF}: employments on a payroll at some time in the month (hired by its last day, not left before its
 * first) — a person on two payrolls counts on each;</li>
 * <li>{@value #STAFF_CHECKED}: of them, those followed up by the day counted ({@link #CHECKED}): the person's visit
 * (一访) recorded, and — for a woman of childbearing age — her marriage-and-childbearing certificate checked;</li>
 * <li>{@value #TASKS_DUE} and {@value #TASKS_DONE}: the tasks given to the enterprises' contacts due in the month, and
 * of them those recorded done by the day counted.</li>
 * </ul>
 */
@Component
public class EnterpriseFigures implements FigureSource {

    public static final String STAFF = "enterprise_staff";
    public static final String STAFF_CHECKED = "enterprise_staff_checked";
    public static final String TASKS_DUE = "enterprise_tasks_due";
    public static final String TASKS_DONE = "enterprise_tasks_done";

    /** The person {@code p} visited by the day counted (:asOf). */
    static final String VISITED = """
            exists (select 1 from step_record r where r.person_id = p.id and r.step = 'VISIT' and r.done_on <= :asOf)""";
    /**
     * The person {@code p} a woman of childbearing age on the day counted (born between :tooOld, excluded, and
     * :youngest) whose certificate was not checked by then: the certificate notice's and the key group's rule.
     */
    static final String CERTIFICATE_MISSING = """
            (p.sex = 'FEMALE' and p.birth_date <= :youngest and p.birth_date > :tooOld
             and (p.certificate_checked_on is null or p.certificate_checked_on > :asOf))""";
    /** Followed up by the day counted: visited, and no certificate missing. */
    static final String CHECKED = VISITED + " and not " + CERTIFICATE_MISSING;

    private final EntityManager entityManager;

    EnterpriseFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<String> indicators() {
        return List.of(STAFF, STAFF_CHECKED, TASKS_DUE, TASKS_DONE);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        List<?> staff = entityManager.createNativeQuery("""
                        select e.org_unit_code, count(*), count(*) filter (where %s)
                        from enterprise_staff s
                        join enterprise e on e.id = s.enterprise_id
                        join person p on p.id = s.person_id
                        where s.hired_on <= :last and (s.left_on is null or s.left_on >= :first)
                        group by e.org_unit_code""".formatted(CHECKED))
                .setParameter("first", Date.valueOf(month.atDay(1)))
                .setParameter("last", Date.valueOf(month.atEndOfMonth()))
                .setParameter("asOf", Date.valueOf(asOf))
                .setParameter("youngest", Date.valueOf(youngest(asOf)))
                .setParameter("tooOld", Date.valueOf(tooOld(asOf)))
                .getResultList();
        add(staff, counts, STAFF, STAFF_CHECKED);
        List<?> tasks = entityManager.createNativeQuery("""
                        select e.org_unit_code, count(*), count(*) filter (where t.done_on <= :asOf)
                        from enterprise_task t
                        join enterprise e on e.id = t.enterprise_id
                        where t.due_on between :first and :last
                        group by e.org_unit_code""")
                .setParameter("first", Date.valueOf(month.atDay(1)))
                .setParameter("last", Date.valueOf(month.atEndOfMonth()))
                .setParameter("asOf", Date.valueOf(asOf))
                .getResultList();
        add(tasks, counts, TASKS_DUE, TASKS_DONE);
    }

    /** The latest birth day of a woman of childbearing age on the day. */
    static LocalDate youngest(LocalDate day) {
        return day.minusYears(KeyGroup.FIRST_AGE);
    }

    /** The birth day on or before which a woman is past childbearing age on the day. */
    static LocalDate tooOld(LocalDate day) {
        return day.minusYears(KeyGroup.LAST_AGE + 1);
    }

    private static void add(List<?> rows, UnitCounts counts, String all, String some) {
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.add(all, (String) columns[0], ((Number) columns[1]).longValue());
            counts.add(some, (String) columns[0], ((Number) columns[2]).longValue());
        }
    }
}
