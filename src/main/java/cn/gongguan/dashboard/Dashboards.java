package cn.gongguan.dashboard;

import cn.gongguan.dashboard.Figure.Reading;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.FigureRecount;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The county's and the townships' dashboards, read from the rollup rows only (DESIGN.md path 1): no page reaches into
 * a tenant schema. A unit whose tenant was never counted for the month is {@link State#MISSING} and shows no figure; one
 * whose figures wait for a change to be counted, or stand for an earlier day, is {@link State#STALE}.
 */
@Service
public class Dashboards {

    /** Who sees the county's dashboard and drills into its townships. */
    public static final Set<Role> COUNTY_READERS =
            Collections.unmodifiableSet(EnumSet.of(Role.COUNTY_ADMIN, Role.COUNTY_GOVERNANCE));
    /** Who sees a township's dashboard of its own units. */
    public static final Set<Role> TOWNSHIP_READERS = Collections.unmodifiableSet(EnumSet.of(Role.TOWNSHIP_ADMIN));

    /** How current a unit's figures are. */
    public enum State implements Labelled {
        COUNTED, STALE, MISSING;

        @Override
        public String labelKey() {
            return "dashboard.state." + name();
        }

        State and(State other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** What a row of a board is. */
    public enum UnitKind implements Labelled {
        COUNTY, TOWNSHIP, COMMITTEE, VILLAGE, COMMUNITY, GROUP;

        @Override
        public String labelKey() {
            return "dashboard.unit." + name();
        }

        /** Whether the county may open this unit's own dashboard (its villages, groups and committees). */
        public boolean drillsDown() {
            return this == TOWNSHIP || this == COMMITTEE;
        }
    }

    /**
     * A row of a board: a unit's figures for the month (none when {@link State#MISSING}; a figure its sources never
     * counted for the month is absent too), and whether the month has closed.
     */
    public record Unit(String code, String name, UnitKind kind, State state, Map<Figure, Reading> readings,
                       boolean closed) {

        /** The items behind time, which rank the board; 0 when nothing was counted. */
        public long late() {
            return Figure.lateItems(readings, closed);
        }

        /** The figure, or null when the unit's figures are missing. */
        public Reading reading(Figure figure) {
            return readings.get(figure);
        }
    }

    /** A dashboard: the scope's own figures (the sum of its units) and its units, most behind first. */
    public record Board(Unit scope, YearMonth month, List<Unit> units) {
    }

    private final Rollups rollups;
    private final TenantRegistry tenants;
    private final Today today;

    Dashboards(Rollups rollups, TenantRegistry tenants, Today today) {
        this.rollups = rollups;
        this.tenants = tenants;
        this.today = today;
    }

    /** The county's board for the month: each township and residents' committee of the county's tree. */
    public Board county(YearMonth month) {
        TenantCode county = CurrentUser.inRole(COUNTY_READERS, "the county dashboard").tenant();
        Tenant root = tenants.find(county).orElseThrow();
        Figures figures = figures(county, List.of(month)).get(month);
        List<Unit> units = tenants.subtree(county).stream()
                .filter(tenant -> !tenant.code().equals(county))
                .map(tenant -> figures.ofTenant(tenant.code(), tenant.name(), kindOf(tenant.kind())))
                .toList();
        return board(county.value(), root.name(), UnitKind.COUNTY, month, units);
    }

    /**
     * A township's (or committee's) board for the month: its villages, communities and groups, and its residents'
     * committees. The county opens any of its tree; a township administrator the own and its committees.
     */
    public Board township(TenantCode township, YearMonth month) {
        Tenant tenant = readable(township);
        Figures figures = figures(township, List.of(month)).get(month);
        boolean closed = figures.closed();
        Map<String, List<Rollups.Row>> byUnit = new HashMap<>();
        rollups.unitsOf(township, List.of(month.toString()), Figure.indicators())
                .forEach(row -> byUnit.computeIfAbsent(row.unit(), unit -> new ArrayList<>()).add(row));
        State state = figures.state(township);
        List<Unit> units = new ArrayList<>();
        for (Rollups.UnitName unit : rollups.unitsNamed(township)) {
            units.add(unit(unit.code(), unit.name(), UnitKind.valueOf(unit.kind()), state, closed,
                    byUnit.getOrDefault(unit.code(), List.of()), byUnit.getOrDefault(UnitCounts.TOTAL, List.of())));
        }
        List<Unit> parts = new ArrayList<>();
        parts.add(figures.ofTenant(township, tenant.name(), kindOf(tenant.kind())));
        tenants.children(township).forEach(committee -> {
            Unit unit = figures.ofTenant(committee.code(), committee.name(), UnitKind.COMMITTEE);
            units.add(unit);
            parts.add(unit);
        });
        return new Board(sum(township.value(), tenant.name(), kindOf(tenant.kind()), closed, parts), month,
                units.stream().sorted(RANKING).toList());
    }

    /**
     * The scope's figures month by month, the twelve months up to {@code last}: the county's (all its tree) or a
     * township's (with its committees), each month a unit named by the month.
     */
    public List<Unit> trend(TenantCode scope, YearMonth last) {
        Tenant tenant = scope.kind() == TenantKind.COUNTY ? countyOf(scope) : readable(scope);
        List<YearMonth> months = new ArrayList<>();
        for (int back = FigureRecount.MONTHS_KEPT - 1; back >= 0; back--) {
            months.add(last.minusMonths(back));
        }
        Map<YearMonth, Figures> figures = figures(scope, months);
        List<Tenant> counted = tenants.subtree(scope).stream().filter(t -> t.kind() != TenantKind.COUNTY).toList();
        return months.stream()
                .map(month -> sum(month.toString(), tenant.name(), kindOf(tenant.kind()), figures.get(month).closed(),
                        counted.stream()
                        .map(t -> figures.get(month).ofTenant(t.code(), t.name(), kindOf(t.kind())))
                        .toList()))
                .toList();
    }

    private Tenant countyOf(TenantCode county) {
        TenantCode own = CurrentUser.inRole(COUNTY_READERS, "the county dashboard").tenant();
        if (!own.equals(county)) {
            throw new AccessDeniedException("A county sees its own tree only");
        }
        return tenants.find(county).orElseThrow();
    }

    /** The tenant whose board the current user may read: of the own county's tree, or the own township and its committees. */
    private Tenant readable(TenantCode code) {
        GongguanUser user = CurrentUser.get();
        boolean allowed = COUNTY_READERS.contains(user.role())
                ? code.kind() != TenantKind.COUNTY && code.value().startsWith(user.tenant().value())
                : TOWNSHIP_READERS.contains(user.role())
                        && (code.equals(user.tenant()) || code.isChildOf(user.tenant()));
        if (!allowed) {
            throw new AccessDeniedException("Not a board of the user's own tree: " + code);
        }
        return tenants.find(code).orElseThrow(() -> new AccessDeniedException("No such unit: " + code));
    }

    private static final Comparator<Unit> RANKING = Comparator.comparing((Unit unit) -> unit.state() == State.MISSING)
            .thenComparing(Comparator.comparingLong(Unit::late).reversed())
            .thenComparing(Unit::code);

    private static Board board(String code, String name, UnitKind kind, YearMonth month, List<Unit> units) {
        return new Board(sum(code, name, kind, units.stream().allMatch(Unit::closed), units), month,
                units.stream().sorted(RANKING).toList());
    }

    /** The sum of the units' figures; missing when none was counted, stale when any is stale or missing. */
    private static Unit sum(String code, String name, UnitKind kind, boolean closed, List<Unit> units) {
        Map<Figure, Reading> readings = new EnumMap<>(Figure.class);
        State state = units.isEmpty() ? State.MISSING : State.COUNTED;
        boolean anyCounted = false;
        for (Unit unit : units) {
            state = state.and(unit.state() == State.MISSING ? State.STALE : unit.state());
            if (unit.state() != State.MISSING) {
                anyCounted = true;
                unit.readings().forEach((figure, reading) -> readings.merge(figure, reading, Reading::plus));
            }
        }
        return new Unit(code, name, kind, anyCounted ? state : State.MISSING, anyCounted ? readings : Map.of(),
                closed);
    }

    /**
     * A unit's figures from its rows; {@code totals} are its tenant's total rows, which say what was counted: a figure
     * whose indicator has no total row was never counted for the month (a source added later) and stays absent, while
     * a unit without a row of a counted indicator has none of it (0).
     */
    private static Unit unit(String code, String name, UnitKind kind, State state, boolean closed,
                             List<Rollups.Row> rows, List<Rollups.Row> totals) {
        if (state == State.MISSING) {
            return new Unit(code, name, kind, state, Map.of(), closed);
        }
        Map<String, Long> values = new HashMap<>();
        rows.forEach(row -> values.put(row.indicator(), row.value()));
        Set<String> counted = new HashSet<>();
        totals.forEach(row -> counted.add(row.indicator()));
        Map<Figure, Reading> readings = new EnumMap<>(Figure.class);
        for (Figure figure : Figure.values()) {
            if (figure.reads().allMatch(counted::contains)) {
                readings.put(figure, figure.read(indicator -> values.getOrDefault(indicator, 0L)));
            }
        }
        return new Unit(code, name, kind, state, readings, closed);
    }

    private static UnitKind kindOf(TenantKind kind) {
        return UnitKind.valueOf(kind.name());
    }

    /** The totals and states of the tenants of a subtree for each of the months, in two queries. */
    private Map<YearMonth, Figures> figures(TenantCode root, List<YearMonth> months) {
        List<String> periods = months.stream().map(YearMonth::toString).toList();
        Map<YearMonth, Figures> figures = new HashMap<>();
        months.forEach(month -> figures.put(month, new Figures(new HashMap<>(), new HashMap<>(),
                month.isBefore(today.month()))));
        rollups.freshnessIn(root, periods).forEach(fresh -> {
            YearMonth month = YearMonth.parse(fresh.period());
            LocalDate expected = month.equals(today.month()) ? today.date() : month.atEndOfMonth();
            figures.get(month).states().put(fresh.tenant(), fresh.isStale(expected) ? State.STALE : State.COUNTED);
        });
        rollups.totalsIn(root, periods, Figure.indicators()).forEach(row -> figures.get(YearMonth.parse(row.period()))
                .rows().computeIfAbsent(row.tenant(), t -> new ArrayList<>()).add(row));
        return figures;
    }

    /** One month's totals and states of the tenants of a subtree, and whether the month has closed. */
    private record Figures(Map<TenantCode, State> states, Map<TenantCode, List<Rollups.Row>> rows, boolean closed) {

        State state(TenantCode tenant) {
            return states.getOrDefault(tenant, State.MISSING);
        }

        Unit ofTenant(TenantCode tenant, String name, UnitKind kind) {
            List<Rollups.Row> totals = rows.getOrDefault(tenant, List.of());
            return unit(tenant.value(), name, kind, state(tenant), closed, totals, totals);
        }
    }
}
