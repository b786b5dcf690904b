package cn.gongguan.assessment;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.ExchangeReferences;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.FigureRecords;
import cn.gongguan.platform.rollup.FigureRecords.CountedItem;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.platform.rollup.UnitCounts;
import cn.gongguan.security.GongguanUser;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The records behind a deduction or bonus of a scorecard (issue 15): the items its rule counted in the year's months.
 * The township sees its own records as its feature lists them ({@link FigureRecords}: month, unit, reference and what
 * it may know of them) and its residents' committees' share — separate tenants it sees only through aggregates
 * (DESIGN.md) — as a count per month and committee. The county sees references only, never personal content: the
 * count per month and unit from the rollups, and for the exchange's late and overdue answers the messages' numbers
 * ({@link ExchangeReferences}). Either way the entries add up to the items the rule counted. The rollups and the tenant
 * tree are read on the platform first, the feature's records then as the bound tenant.
 */
@Service
public class DeductionRecords {

    /** Items the county may list by message reference. */
    private static final Set<String> MESSAGE_ITEMS = Set.of(Exchange.FEEDBACK_LATE, Exchange.FEEDBACK_OVERDUE,
            Exchange.VERIFICATION_LATE);

    /**
     * One entry: a record ({@code count} 1, with its reference and, for the township itself, its detail), or a count
     * of items in a month and unit whose records are out of the reader's reach (reference and detail null).
     */
    public record Entry(YearMonth month, String unit, String reference, String detail, long count) {
    }

    private final Map<String, FigureRecords> records;
    private final Rollups rollups;
    private final TenantRegistry tenants;
    private final YearFigures figures;
    private final ExchangeReferences exchangeReferences;

    DeductionRecords(List<FigureRecords> records, Rollups rollups, TenantRegistry tenants, YearFigures figures,
                     ExchangeReferences exchangeReferences) {
        this.records = records.stream().collect(Collectors.toMap(FigureRecords::indicator, Function.identity()));
        this.rollups = rollups;
        this.tenants = tenants;
        this.figures = figures;
        this.exchangeReferences = exchangeReferences;
    }

    /** The own township's records behind the item in the year, oldest month first. */
    public List<Entry> own(int year, Measure item) {
        AssessmentAccess.township();
        TenantCode township = TenantContext.current();
        Tenant tenant = tenants.find(township).orElseThrow(() -> new AccessDeniedException("No unit " + township));
        List<String> months = figures.months(year);
        if (months.isEmpty()) {
            return List.of();
        }
        Scope scope = scope(tenant, months, item);
        FigureRecords listed = records.get(item.item());
        List<Entry> entries = new ArrayList<>();
        if (listed == null) {
            entries.addAll(scope.ownCounts());
        } else {
            for (CountedItem counted : listed.items(first(months), last(months))) {
                entries.add(new Entry(counted.month(), scope.unitName(counted.unit()), counted.reference(),
                        counted.detail(), 1));
            }
        }
        entries.addAll(scope.committees());
        return sorted(entries);
    }

    /** References behind the item in the year of one of the county's townships, without personal content. */
    public List<Entry> references(TenantCode township, int year, Measure item) {
        GongguanUser user = AssessmentAccess.county();
        if (township.kind() != TenantKind.TOWNSHIP || !township.parent().map(user.tenant()::equals).orElse(false)) {
            throw new AccessDeniedException("Not a township of the county: " + township);
        }
        Tenant tenant = tenants.find(township).orElseThrow(() -> new AccessDeniedException("No unit " + township));
        List<String> months = figures.months(year);
        if (months.isEmpty()) {
            return List.of();
        }
        Scope scope = scope(tenant, months, item);
        List<Entry> entries = new ArrayList<>();
        if (MESSAGE_ITEMS.contains(item.item())) {
            for (CountedItem counted : exchangeReferences.lateFor(township, first(months), last(months),
                    item.item())) {
                entries.add(new Entry(counted.month(), tenant.name(), counted.reference(), null, 1));
            }
        } else {
            entries.addAll(scope.ownCounts());
        }
        entries.addAll(scope.committees());
        return sorted(entries);
    }

    /** The total of entries: the items the rule counted. */
    public static long count(List<Entry> entries) {
        return entries.stream().mapToLong(Entry::count).sum();
    }

    /** What the rollups say of the township's item in the months, read on the platform. */
    private Scope scope(Tenant township, List<String> months, Measure item) {
        List<String> indicators = List.of(item.item());
        Map<String, String> unitNames = new HashMap<>();
        rollups.unitsNamed(township.code()).forEach(unit -> unitNames.put(unit.code(), unit.name()));
        List<Rollups.Row> own = rollups.unitsOf(township.code(), months, indicators);
        List<Rollups.Row> committees = rollups.totalsIn(township.code(), months, indicators).stream()
                .filter(row -> !row.tenant().equals(township.code()) && row.value() > 0).toList();
        Map<TenantCode, String> committeeNames = new HashMap<>();
        committees.forEach(row -> committeeNames.computeIfAbsent(row.tenant(),
                code -> tenants.find(code).map(Tenant::name).orElse(code.value())));
        return new Scope(township, unitNames, own, committees, committeeNames);
    }

    /** A township's rows of one item in the year's months, with the names of its units and committees. */
    private record Scope(Tenant township, Map<String, String> unitNames, List<Rollups.Row> own,
                         List<Rollups.Row> committeeRows, Map<TenantCode, String> committeeNames) {

        String unitName(String unit) {
            return UnitCounts.TOTAL.equals(unit) ? township.name() : unitNames.getOrDefault(unit, unit);
        }

        /**
         * The township's own items per month and unit; what the month's total counts beyond its units (items of the
         * township as a whole) under the township's name.
         */
        List<Entry> ownCounts() {
            Map<String, Long> totals = new TreeMap<>();
            Map<String, Long> inUnits = new HashMap<>();
            List<Entry> entries = new ArrayList<>();
            for (Rollups.Row row : own) {
                if (UnitCounts.TOTAL.equals(row.unit())) {
                    totals.merge(row.period(), row.value(), Long::sum);
                } else if (row.value() > 0) {
                    inUnits.merge(row.period(), row.value(), Long::sum);
                    entries.add(new Entry(YearMonth.parse(row.period()), unitName(row.unit()), null, null,
                            row.value()));
                }
            }
            totals.forEach((period, total) -> {
                long rest = total - inUnits.getOrDefault(period, 0L);
                if (rest > 0) {
                    entries.add(new Entry(YearMonth.parse(period), township.name(), null, null, rest));
                }
            });
            return entries;
        }

        /** The residents' committees' items, a count per month and committee. */
        List<Entry> committees() {
            return committeeRows.stream().map(row -> new Entry(YearMonth.parse(row.period()),
                    committeeNames.get(row.tenant()), null, null, row.value())).toList();
        }
    }

    private static List<Entry> sorted(List<Entry> entries) {
        return entries.stream().sorted(Comparator.comparing(Entry::month)).toList();
    }

    private static YearMonth first(List<String> months) {
        return YearMonth.parse(months.getFirst());
    }

    private static YearMonth last(List<String> months) {
        return YearMonth.parse(months.getLast());
    }

    /** Whether a feature lists the records of the item (else the township sees counts per month and unit). */
    public boolean listed(Measure item) {
        return records.containsKey(item.item());
    }
}
