package cn.gongguan.outflow;

import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.BeforeCommit;
import cn.gongguan.platform.rollup.FigureSource;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.security.CurrentUser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
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
 * so a late declaration of an earlier departure lowers that month's on-time rate. One count serves the township's
 * totals written with each change, its villages' figures on its pages and, as a {@link FigureSource}, the figures per
 * org unit of the persons (away, known, registered) that the dashboards read.
 */
@Service
public class OutflowFigures implements FigureSource {

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
    /**
     * Of the persons known, those whose trip leads to a place in this county (县内流动, {@link OutflowTrips#intraCounty}):
     * the registration side of the two-way assessment of intra-county movers.
     */
    public static final String INTRA_COUNTY_KNOWN = "intra_county_known";
    /** Of the intra-county movers known, those registered by a declaration rather than found by a re-check. */
    public static final String INTRA_COUNTY_REGISTERED = "intra_county_registered";
    /** Incentives given in the month. */
    public static final String INCENTIVES = "incentives_given";
    /** The figures written here, each per month ({@link #AWAY} also now). */
    public static final List<String> MONTHLY = List.of(AWAY, DECLARED, ON_TIME, KNOWN, REGISTERED, INCENTIVES);

    /** A village's or community's code: 12 digits (a group below it has 15). */
    private static final int VILLAGE_CODE_LENGTH = 12;
    /** The months of this transaction's changes wait here until it commits: see {@link #refresh}. */
    private static final Object PENDING = new Object();

    /**
     * The counts of the trips per month {@code m} (s = first day, e = its last day or the day counted as of, if
     * earlier) and org unit of the person ('' for none): a trip had left by e and was not back before s. ?4 is the
     * county's code (of a committee too, not its township's), the prefix of a destination in the county.
     */
    private static final String TRIPS = """
            select to_char(m.s, 'YYYY-MM'), coalesce(p.org_unit_code, ''),
              count(*) filter (where t.return_day is null or t.return_day > m.e),
              count(*) filter (where t.departure_day >= m.s),
              count(*) filter (where t.departure_day >= m.s and t.on_time),
              count(distinct t.person_id),
              count(distinct t.person_id) filter (where t.source <> 'RECHECK'),
              count(distinct t.person_id) filter (where t.destination_code like cast(?4 as varchar) || '%'),
              count(distinct t.person_id) filter (where t.destination_code like cast(?4 as varchar) || '%' and t.source <> 'RECHECK')
            from (select cast(d as date) as s,
                         least(cast(d + interval '1 month' - interval '1 day' as date), cast(?3 as date)) as e
                  from generate_series(cast(?1 as date), cast(?2 as date), interval '1 month') d) m
            join outflow_trip t on t.departure_day <= m.e and (t.return_day is null or t.return_day >= m.s)
            join person p on p.id = t.person_id
            group by 1, 2""";
    /** The incentives per month and org unit of the person, in the same shape. */
    private static final String INCENTIVES_GIVEN = """
            select to_char(i.day, 'YYYY-MM'), coalesce(p.org_unit_code, ''), count(*) from incentive i
            join person p on p.id = i.person_id
            where i.day between cast(?1 as date) and cast(?2 as date) and i.day <= cast(?3 as date)
            group by 1, 2""";

    /** A unit's counts of its own records for a month, one per indicator above. */
    public record Counts(long away, long declared, long onTime, long known, long registered, long incentives,
                         long intraCountyKnown, long intraCountyRegistered) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(away + other.away, declared + other.declared, onTime + other.onTime,
                    known + other.known, registered + other.registered, incentives + other.incentives,
                    intraCountyKnown + other.intraCountyKnown, intraCountyRegistered + other.intraCountyRegistered);
        }

        private long value(String indicator) {
            return switch (indicator) {
                case AWAY -> away;
                case DECLARED -> declared;
                case ON_TIME -> onTime;
                case KNOWN -> known;
                case REGISTERED -> registered;
                case INCENTIVES -> incentives;
                case INTRA_COUNTY_KNOWN -> intraCountyKnown;
                case INTRA_COUNTY_REGISTERED -> intraCountyRegistered;
                default -> throw new IllegalArgumentException(indicator);
            };
        }
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

    /**
     * The dashboards' and the assessment's share, per person's unit: persons away on the day counted; trips declared
     * and on time, persons known and registered in the month, of them the intra-county movers. Written for every month
     * counted, not only the months a trip changed.
     */
    @Override
    public List<String> indicators() {
        return List.of(AWAY, DECLARED, ON_TIME, KNOWN, REGISTERED, INTRA_COUNTY_KNOWN, INTRA_COUNTY_REGISTERED);
    }

    @Override
    public void count(YearMonth month, LocalDate asOf, UnitCounts counts) {
        counts(month, month, asOf).getOrDefault(month.toString(), Map.of()).forEach((unit, c) -> {
            for (String indicator : indicators()) {
                counts.add(indicator, unit, c.value(indicator));
            }
        });
    }

    private void write(YearMonth from) {
        YearMonth last = today.month();
        if (from.isAfter(last)) {
            return;
        }
        entityManager.flush();
        Map<String, Map<String, Counts>> counted = counts(from, last, today.date());
        Counts now = Counts.NONE;
        for (YearMonth month = from; !month.isAfter(last); month = month.plusMonths(1)) {
            Counts total = counted.getOrDefault(month.toString(), Map.of()).values().stream()
                    .reduce(Counts.NONE, Counts::plus);
            for (String indicator : MONTHLY) {
                rollups.set(indicator, month.toString(), total.value(indicator));
            }
            now = total;
        }
        rollups.set(AWAY, Rollups.CURRENT, now.away());
    }

    /**
     * The counts of the months {@code from} to {@code to} as they stand on {@code asOf} (a month counts up to its end
     * or to that day, whichever is earlier), by month ("yyyy-MM") and org unit of the persons ('' for none).
     */
    private Map<String, Map<String, Counts>> counts(YearMonth from, YearMonth to, LocalDate asOf) {
        Map<String, Map<String, Counts>> counts = new HashMap<>();
        String county = TenantContext.current().county().value();
        for (Object[] row : rowsOf(rows(TRIPS, from, to, asOf).setParameter(4, county))) {
            counts.computeIfAbsent((String) row[0], month -> new HashMap<>()).put((String) row[1],
                    new Counts(number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]), 0,
                            number(row[7]), number(row[8])));
        }
        for (Object[] row : rowsOf(rows(INCENTIVES_GIVEN, from, to, asOf))) {
            counts.computeIfAbsent((String) row[0], month -> new HashMap<>())
                    .merge((String) row[1], new Counts(0, 0, 0, 0, 0, number(row[2]), 0, 0),
                    Counts::plus);
        }
        return counts;
    }

    /** The query of the months {@code from} to {@code to} as of {@code asOf}, its first three parameters set. */
    private Query rows(String sql, YearMonth from, YearMonth to, LocalDate asOf) {
        return entityManager.createNativeQuery(sql)
                .setParameter(1, Date.valueOf(from.atDay(1)))
                .setParameter(2, Date.valueOf(to.atEndOfMonth()))
                .setParameter(3, Date.valueOf(asOf));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /**
     * The counts of each village (or community) of the logged-in user's township for the month, from its own records
     * by where the persons live: a group's persons count for their village. Keyed by the village's code, every
     * village listed; persons in no village under "".
     */
    @Transactional(readOnly = true)
    public Map<String, Counts> ofVillages(YearMonth month) {
        CurrentUser.inRole(OutflowTrips.RECORDERS, "read the outflow figures");
        Map<String, Counts> figures = new LinkedHashMap<>();
        orgUnits.active().stream().map(OrgUnit::getCode).filter(code -> code.length() == VILLAGE_CODE_LENGTH)
                .forEach(code -> figures.put(code, Counts.NONE));
        LocalDate asOf = month.equals(today.month()) ? today.date() : month.atEndOfMonth();
        counts(month, month, asOf).getOrDefault(month.toString(), Map.of()).forEach((unit, c) -> figures.merge(
                unit.length() < VILLAGE_CODE_LENGTH ? "" : unit.substring(0, VILLAGE_CODE_LENGTH), c, Counts::plus));
        return figures;
    }
}
