package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowFigures;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.outflow.sixones.Completion;
import cn.gongguan.outflow.sixones.SixOnes;
import cn.gongguan.outflow.sixones.SixOnesFigures;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The outflow figures the pages show, gathered from the features that count them: the trips' ({@link OutflowFigures}),
 * the re-check's ({@link Rechecks}) and the six ones' ({@link SixOnesFigures}), each under the indicator names its
 * feature defines. The county and a township's own total read the rollups; a township's villages are counted from
 * its own records by the same counts, live: the rollups hold the incentives and the declarations on time for the
 * township as a whole only, and count its units a little after a change.
 */
@Component
class FigureReadings {

    private static final List<String> MONTHLY = Stream.concat(OutflowFigures.MONTHLY.stream(),
            Stream.of(Rechecks.DUE, Rechecks.DONE, SixOnesFigures.DUE, SixOnesFigures.COMPLETE)).toList();
    /** A village's or community's code: 12 digits (a group below it has 15, the township itself 9). */
    private static final int VILLAGE_CODE_LENGTH = 12;

    /**
     * A unit's figures for a month; a figure not recorded (nobody wrote it: a feature not in use yet) is null, which
     * a view shows as "—", never as 0.
     */
    record Figures(Long away, Long declared, Long onTime, Long known, Long registered, Long incentives,
                   Long recheckDue, Long recheckDone, Long sixOnesDue, Long sixOnesComplete) {

        /** A unit with no figure recorded at all. */
        static final Figures NONE = new Figures(null, null, null, null, null, null, null, null, null, null);

        /** 登录及时率: on time ÷ declared, in percent; null when nothing was declared. */
        Integer onTimeRate() {
            return percent(onTime, declared);
        }

        /** 登录率: registered ÷ known, in percent; null when nobody was known to be away. */
        Integer registrationRate() {
            return percent(registered, known);
        }

        /** The share of the month's re-check list marked, in percent. */
        Integer recheckRate() {
            return percent(recheckDone, recheckDue);
        }

        /** The share of the persons away with all six ones done, in percent. */
        Integer sixOnesRate() {
            return percent(sixOnesComplete, sixOnesDue);
        }

        private static Integer percent(Long part, Long whole) {
            return part == null || whole == null || whole == 0 ? null
                    : (int) Math.round(100.0 * Math.min(part, whole) / whole);
        }

        private static Figures of(Function<String, Long> value) {
            return new Figures(value.apply(OutflowFigures.AWAY), value.apply(OutflowFigures.DECLARED),
                    value.apply(OutflowFigures.ON_TIME), value.apply(OutflowFigures.KNOWN),
                    value.apply(OutflowFigures.REGISTERED), value.apply(OutflowFigures.INCENTIVES),
                    value.apply(Rechecks.DUE), value.apply(Rechecks.DONE), value.apply(SixOnesFigures.DUE),
                    value.apply(SixOnesFigures.COMPLETE));
        }
    }

    private final OutflowFigures outflow;
    private final Rechecks rechecks;
    private final SixOnes sixOnes;
    private final Rollups rollups;
    private final Today today;

    FigureReadings(OutflowFigures outflow, Rechecks rechecks, SixOnes sixOnes, Rollups rollups, Today today) {
        this.outflow = outflow;
        this.rechecks = rechecks;
        this.sixOnes = sixOnes;
        this.rollups = rollups;
        this.today = today;
    }

    /** Each tenant's figures for the month in the subtree of {@code root} (itself included), from the rollups. */
    Map<TenantCode, Figures> ofTenants(TenantCode root, YearMonth month) {
        Map<String, Map<TenantCode, Long>> values = new HashMap<>();
        for (String indicator : MONTHLY) {
            boolean now = indicator.equals(OutflowFigures.AWAY) && month.equals(today.month());
            values.put(indicator, rollups.valuesIn(root, indicator, now ? Rollups.CURRENT : month.toString()));
        }
        Map<TenantCode, Figures> figures = new HashMap<>();
        values.values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .forEach(tenant -> figures.put(tenant, Figures.of(indicator -> values.get(indicator).get(tenant))));
        return figures;
    }

    /** The logged-in user's township's own figures for the month (those the county sees), from its rollups. */
    Figures ofTownship(YearMonth month) {
        TenantCode township = recorder().tenant();
        Map<String, Long> values = rollups.valuesOf(township, month.toString(), MONTHLY);
        if (month.equals(today.month())) {
            values.putAll(rollups.valuesOf(township, Rollups.CURRENT, List.of(OutflowFigures.AWAY)));
        }
        return Figures.of(values::get);
    }

    /**
     * This month's figures of each village (or community) of the logged-in user's township, counted from its own
     * records: the trips by where the persons live, the re-check from the month's lists (a group's in its village),
     * the six ones as of today. Keyed by the village's code, every village listed; persons in no village under "".
     */
    Map<String, Figures> ofVillages() {
        recorder();
        YearMonth month = today.month();
        Map<String, long[]> recheck = new HashMap<>();
        rechecks.progress(month).forEach(list -> {
            long[] counts = recheck.computeIfAbsent(village(list.orgUnitCode()), unit -> new long[2]);
            counts[0] += list.onList();
            counts[1] += list.marked();
        });
        Map<String, Completion> six = new HashMap<>();
        sixOnes.byVillage().forEach(c -> six.put(c.orgUnit() == null ? "" : c.orgUnit(), c));
        Map<String, Figures> figures = new LinkedHashMap<>();
        outflow.ofVillages(month).forEach((unit, c) -> {
            long[] listed = recheck.get(unit);
            Completion done = six.get(unit);
            figures.put(unit, new Figures(c.away(), c.declared(), c.onTime(), c.known(), c.registered(),
                    c.incentives(), listed == null ? null : listed[0], listed == null ? null : listed[1],
                    done == null ? 0L : done.away(), done == null ? 0L : done.complete()));
        });
        return figures;
    }

    private static String village(String orgUnitCode) {
        return orgUnitCode.length() < VILLAGE_CODE_LENGTH ? "" : orgUnitCode.substring(0, VILLAGE_CODE_LENGTH);
    }

    private static GongguanUser recorder() {
        if (!OutflowTrips.mayRecord()) {
            throw new AccessDeniedException("Only the township reads the outflow figures");
        }
        return CurrentUser.get();
    }
}
