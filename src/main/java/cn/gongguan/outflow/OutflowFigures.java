package cn.gongguan.outflow;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.rollup.BeforeCommit;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.CurrentUser;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
    /** The re-check's figures (written by the re-check): persons on the month's lists, and of them marked. */
    public static final String RECHECK_DUE = "recheck_due";
    public static final String RECHECK_DONE = "recheck_done";
    /** The six ones' figures (written by the six ones): persons away, and of them with all six done. */
    public static final String SIX_ONES_DUE = "six_ones_due";
    public static final String SIX_ONES_COMPLETE = "six_ones_complete";

    private static final List<String> MONTHLY = List.of(AWAY, DECLARED, ON_TIME, KNOWN, REGISTERED, INCENTIVES,
            RECHECK_DUE, RECHECK_DONE, SIX_ONES_DUE, SIX_ONES_COMPLETE);
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

    /**
     * A unit's figures for a month; a figure not recorded (nobody wrote it: a feature not in use yet) is null, which
     * a view shows as "—", never as 0.
     */
    public record Figures(Long away, Long declared, Long onTime, Long known, Long registered, Long incentives,
                          Long recheckDue, Long recheckDone, Long sixOnesDue, Long sixOnesComplete) {

        /** A unit with no figure recorded at all. */
        public static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null, null);

        /** 登录及时率: on time ÷ declared, in percent; null when nothing was declared. */
        public Integer onTimeRate() {
            return percent(onTime, declared);
        }

        /** 登录率: registered ÷ known, in percent; null when nobody was known to be away. */
        public Integer registrationRate() {
            return percent(registered, known);
        }

        /** The share of the month's re-check list marked, in percent. */
        public Integer recheckRate() {
            return percent(recheckDone, recheckDue);
        }

        /** The share of the persons away with all six ones done, in percent. */
        public Integer sixOnesRate() {
            return percent(sixOnesComplete, sixOnesDue);
        }

        private static Integer percent(Long part, Long whole) {
            return part == null || whole == null || whole == 0 ? null
                    : (int) Math.round(100.0 * Math.min(part, whole) / whole);
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
        List<String> indicators = List.of(AWAY, DECLARED, ON_TIME, KNOWN, REGISTERED, INCENTIVES);
        counts.forEach((period, values) -> {
            for (int i = 0; i < indicators.size(); i++) {
                rollups.set(indicators.get(i), period, values[i]);
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

    /** Each tenant's figures for the month in the subtree of {@code root} (itself included), from the rollups. */
    public Map<TenantCode, Figures> ofTenants(TenantCode root, YearMonth month) {
        String period = month.toString();
        Map<String, Map<TenantCode, Long>> values = new HashMap<>();
        for (String indicator : MONTHLY) {
            boolean now = indicator.equals(AWAY) && month.equals(today.month());
            values.put(indicator, rollups.valuesIn(root, indicator, now ? Rollups.CURRENT : period));
        }
        Map<TenantCode, Figures> figures = new HashMap<>();
        values.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .forEach(tenant -> figures.put(tenant, figures(indicator -> values.get(indicator).get(tenant))));
        return figures;
    }

    /** The logged-in user's township's own figures for the month, from its rollups. */
    public Figures ofTownship(YearMonth month) {
        TenantCode township = CurrentUser.inRole(OutflowTrips.RECORDERS, "read the outflow figures").tenant();
        Map<String, Long> values = rollups.valuesOf(township, month.toString(), MONTHLY);
        if (month.equals(today.month())) {
            values.putAll(rollups.valuesOf(township, Rollups.CURRENT, List.of(AWAY)));
        }
        return figures(values::get);
    }

    /**
     * The figures of each village (or community) of the logged-in user's township for the month, counted from its own
     * records by where the persons live; the re-check's and six ones' from the rollups a feature writes per unit
     * ({@link #ofUnit}), when it does. Keyed by the unit's code, every village listed; persons in no unit under "".
     */
    @Transactional(readOnly = true)
    public Map<String, Figures> ofVillages(YearMonth month) {
        TenantCode township = CurrentUser.inRole(OutflowTrips.RECORDERS, "read the outflow figures").tenant();
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
        List<String> perUnit = new ArrayList<>();
        counts.keySet().forEach(unit -> List.of(RECHECK_DUE, RECHECK_DONE, SIX_ONES_DUE, SIX_ONES_COMPLETE)
                .forEach(indicator -> perUnit.add(ofUnit(indicator, unit))));
        Map<String, Long> others = rollups.valuesOf(township, month.toString(), perUnit);
        Map<String, Figures> figures = new LinkedHashMap<>();
        counts.forEach((unit, v) -> figures.put(unit, new Figures(v[0], v[1], v[2], v[3], v[4], v[5],
                others.get(ofUnit(RECHECK_DUE, unit)), others.get(ofUnit(RECHECK_DONE, unit)),
                others.get(ofUnit(SIX_ONES_DUE, unit)), others.get(ofUnit(SIX_ONES_COMPLETE, unit)))));
        return figures;
    }

    /**
     * The name of a monthly indicator counted for one village (or group) of a township, for the township's own page:
     * {@code recheck_due:621227100200}. The county reads the township's totals under the bare name.
     */
    public static String ofUnit(String indicator, String unitCode) {
        return indicator + ":" + unitCode;
    }

    private static Figures figures(Function<String, Long> value) {
        return new Figures(value.apply(AWAY), value.apply(DECLARED), value.apply(ON_TIME), value.apply(KNOWN),
                value.apply(REGISTERED), value.apply(INCENTIVES), value.apply(RECHECK_DUE),
                value.apply(RECHECK_DONE), value.apply(SIX_ONES_DUE), value.apply(SIX_ONES_COMPLETE));
    }
}
