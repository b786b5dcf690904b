package cn.gongguan.outflow;

import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.BeforeCommit;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outflow figures of a township per month, kept on the rollup path (DESIGN.md) so that the county reads them for
 * every township without touching a township's schema, and the dashboards and the assessment can build on them:
 * persons away, trips declared and of them on time (登录及时率), persons known to be away and of them registered by a
 * declaration rather than discovered by a re-check (登录率), incentives given. A trip counts for the month it left in,
 * so a late declaration of an earlier departure lowers that month's on-time rate.
 */
@Service
public class OutflowFigures {

    /** Persons away: at a month's end (period = the month), and now ({@link Rollups#CURRENT}). */
    public static final String AWAY = "outflow_away";
    /** Trips that left in the month (all declared by now: a trip exists once it is declared). */
    public static final String DECLARED = "outflow_declared";
    /** Of the month's trips, those declared on or before the day of leaving. */
    public static final String ON_TIME = "outflow_on_time";
    /** Persons away at some time in the month. */
    public static final String KNOWN = "outflow_known";
    /** Of the persons known, those whose trip was declared (township, officer, import), not found by a re-check. */
    public static final String REGISTERED = "outflow_registered";
    /** Incentives given in the month. */
    public static final String INCENTIVES = "incentives_given";
    /** The figures written here, each per month ({@link #AWAY} also now). */
    public static final List<String> MONTHLY = List.of(AWAY, DECLARED, ON_TIME, KNOWN, REGISTERED, INCENTIVES);

    /** A village's or community's code: 12 digits (a group below it has 15). */
    private static final int VILLAGE_CODE_LENGTH = 12;
    /** The months of this transaction's changes wait here until it commits: see {@link #refresh}. */
    private static final Object PENDING = new Object();

    /**
     * The counts of the trips, over the months {@code m} (s = first day, e = last day): a trip had left by the end
     * of the month and was not back before it began. {@code group} is what the rows are counted per.
     */
    private static final String COUNTS = """
            select %s,
              count(*) filter (where t.return_day is null or t.return_day > m.e),
              count(*) filter (where t.departure_day >= m.s),
              count(*) filter (where t.departure_day >= m.s and t.on_time),
              count(distinct t.person_id),
              count(distinct t.person_id) filter (where t.source <> 'RECHECK')
            from %s
            join outflow_trip t on t.departure_day <= m.e and (t.return_day is null or t.return_day >= m.s)
            %s
            group by 1""";

    /** A unit's counts of its own records for a month, one per indicator above. */
    public record Counts(long away, long declared, long onTime, long known, long registered, long incentives) {
    }

    private final Rollups rollups;
    private final OrgUnits orgUnits;
    private final EntityManager entityManager;
    private final Today today;

    OutflowFigures(Rollups rollups, OrgUnits orgUnits, EntityManager entityManager, Today today) {
        this.rollups = rollups;
        this.orgUnits = orgUnits;
        this.entityManager = entityManager;
        this.today = today;
    }

    /**
     * Re-counts the figures of {@code month} and of every month after it up to this one (a back-dated return changes
     * who was away at the end of each month since), inside the transaction that changed them. The counting waits for
     * the end of the transaction, so that one import writing a thousand trips counts once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refresh(YearMonth month) {
        BeforeCommit.count(PENDING, month, (a, b) -> a.isBefore(b) ? a : b, this::write);
    }

    /** A trip opened, changed or closed: the months from the one it changed on are counted again. */
    @EventListener
    void tripChanged(TripChanged change) {
        refresh(change.since());
    }

    private void write(YearMonth from) {
        YearMonth last = today.month();
        if (from.isAfter(last)) {
            return;
        }
        entityManager.flush();
        String months = "(select cast(d as date) as s, cast(d + interval '1 month' - interval '1 day' as date) as e"
                + " from generate_series(cast(?1 as date), cast(?2 as date), interval '1 month') d) m";
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            counts.put(month.toString(), new long[6]);
        }
        for (Object[] row : rows(COUNTS.formatted("to_char(m.s, 'YYYY-MM')", months, ""), from, last)) {
            long[] values = counts.get((String) row[0]);
            for (int i = 0; i < 5; i++) {
                values[i] = ((Number) row[i + 1]).longValue();
            }
        }
        for (Object[] row : rows("""
                select to_char(day, 'YYYY-MM'), count(*) from incentive
                where day between cast(?1 as date) and cast(?2 as date) group by 1""", from, last)) {
            counts.get((String) row[0])[5] = ((Number) row[1]).longValue();
        }
        counts.forEach((period, values) -> {
            for (int i = 0; i < MONTHLY.size(); i++) {
                rollups.set(MONTHLY.get(i), period, values[i]);
            }
        });
        rollups.set(AWAY, Rollups.CURRENT, counts.get(last.toString())[0]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, YearMonth from, YearMonth to) {
        return entityManager.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(from.atDay(1)))
                .setParameter(2, Date.valueOf(to.atEndOfMonth()))
                .getResultList();
    }

    /**
     * The counts of each village (or community) of the logged-in user's township for the month, from its own records
     * by where the persons live (the rollups hold the township's totals only). Keyed by the village's code, every
     * village listed; persons in no village under "".
     */
    @Transactional(readOnly = true)
    public Map<String, Counts> ofVillages(YearMonth month) {
        CurrentUser.inRole(OutflowTrips.RECORDERS, "read the outflow figures");
        Map<String, long[]> counts = new LinkedHashMap<>();
        orgUnits.active().stream().map(OrgUnit::getCode).filter(code -> code.length() == VILLAGE_CODE_LENGTH)
                .forEach(code -> counts.put(code, new long[6]));
        String months = "(select cast(?1 as date) as s, cast(?2 as date) as e) m";
        // a group's code is its village's followed by three digits: a group's persons count for their village
        for (Object[] row : rows(COUNTS.formatted("coalesce(substr(p.org_unit_code, 1, 12), '')", months,
                "join person p on p.id = t.person_id"), month, month)) {
            long[] values = counts.computeIfAbsent((String) row[0], unit -> new long[6]);
            for (int i = 0; i < 5; i++) {
                values[i] = ((Number) row[i + 1]).longValue();
            }
        }
        for (Object[] row : rows("""
                select coalesce(substr(p.org_unit_code, 1, 12), ''), count(*) from incentive i
                join person p on p.id = i.person_id
                where i.day between cast(?1 as date) and cast(?2 as date) group by 1""", month, month)) {
            counts.computeIfAbsent((String) row[0], unit -> new long[6])[5] = ((Number) row[1]).longValue();
        }
        Map<String, Counts> figures = new LinkedHashMap<>();
        counts.forEach((unit, v) -> figures.put(unit, new Counts(v[0], v[1], v[2], v[3], v[4], v[5])));
        return figures;
    }
}
