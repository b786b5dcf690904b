package cn.gongguan.assessment;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.GongguanUser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The townships' scorecards of a year: live from the rollups with the year's current scheme while the year is open or
 * under review, and as approved once it is locked (the frozen figures scored with the approved version). The county
 * sees every township's and the ranking with the change against last year; a township sees its own only. The rollups
 * and the tenant tree are read on the platform first, the assessment's own rows then in one transaction as the user's
 * tenant role (a platform transaction cannot run inside a tenant one).
 */
@Service
public class Scorecards {

    /** A township's scorecard with its rank in the county (null when unknown to the reader) and last year's. */
    public record Ranked(Tenant township, Scorecard card, Integer rank, Integer lastRank) {

        /** Places gained since last year (negative: lost), or null without last year's rank. */
        public Integer change() {
            return rank == null || lastRank == null ? null : lastRank - rank;
        }
    }

    /**
     * The county's ranking of a year: its state, the scheme version scored with, the townships best first, and when the
     * year was approved (while it is locked: the day a notice of the results is dated).
     */
    public record Ranking(int year, YearState state, Optional<Schemes.Version> scheme, List<Ranked> townships,
                          Optional<Instant> approvedAt) {
    }

    /** A township's live scorecard with what it was scored from, which approving the year freezes. */
    record Live(Tenant township, FrozenCard from, Scorecard card) {
    }

    /** What the assessment's own rows say of a year: its state, the scheme to score with, objections, results. */
    record YearRows(YearState state, Optional<Schemes.Version> scheme,
                    Map<TenantCode, Map<Measure, BigDecimal>> restored, List<Frozen> frozen,
                    Optional<Instant> approvedAt) {
    }

    /** An approved scorecard as stored. */
    record Frozen(TenantCode township, int rank, FrozenCard card) {
    }

    private static final Comparator<Ranked> BEST_FIRST = Comparator.comparing((Ranked r) -> r.card().score())
            .reversed().thenComparing(r -> r.township().code());

    private final Schemes schemes;
    private final AssessmentYears years;
    private final YearFigures figures;
    private final TenantRegistry tenants;
    private final JdbcClient jdbc;
    private final TransactionTemplate tenantReads;

    Scorecards(Schemes schemes, AssessmentYears years, YearFigures figures, TenantRegistry tenants, JdbcClient jdbc,
               PlatformTransactionManager transactionManager) {
        this.schemes = schemes;
        this.years = years;
        this.figures = figures;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.tenantReads = new TransactionTemplate(transactionManager);
        this.tenantReads.setReadOnly(true);
    }

    /** The county's ranking of the year, with each township's rank last year. */
    public Ranking ranking(int year) {
        GongguanUser user = AssessmentAccess.county();
        TenantCode county = user.tenant();
        List<Tenant> townships = townships(county);
        Ranking ranking = rank(townships, county, year);
        Map<TenantCode, Integer> last = new HashMap<>();
        if (!ranking.townships().isEmpty()) {
            rank(townships, county, year - 1).townships().forEach(r -> last.put(r.township().code(), r.rank()));
        }
        return new Ranking(year, ranking.state(), ranking.scheme(), ranking.townships().stream()
                .map(r -> new Ranked(r.township(), r.card(), r.rank(), last.get(r.township().code())))
                .toList(), ranking.approvedAt());
    }

    /**
     * The county's ranking of the year without last year's ranks: half the work of {@link #ranking}, for a page that
     * shows only who stands where (the dashboard's best and last).
     */
    public Ranking standing(int year) {
        GongguanUser user = AssessmentAccess.county();
        return rank(townships(user.tenant()), user.tenant(), year);
    }

    /** The own township's scorecard of the year (its rank once the year is approved), if the year has a scheme. */
    public Optional<Ranked> own(int year) {
        AssessmentAccess.township();
        return card(TenantContext.current(), year);
    }

    /** A township's scorecard of the year, for the county above it. */
    public Optional<Ranked> of(TenantCode township, int year) {
        GongguanUser user = AssessmentAccess.county();
        if (township.kind() != TenantKind.TOWNSHIP || !township.parent().map(user.tenant()::equals).orElse(false)) {
            throw new AccessDeniedException("Not a township of the county: " + township);
        }
        return card(township, year);
    }

    /** The year's state for the county or township bound. */
    public YearState state(int year) {
        AssessmentAccess.reader();
        TenantCode county = AssessmentYears.county();
        return tenantReads.execute(status -> years.state(county, year));
    }

    private Optional<Ranked> card(TenantCode township, int year) {
        Tenant tenant = tenants.find(township).orElseThrow(() -> new AccessDeniedException("No unit " + township));
        TenantCode county = township.parent().orElseThrow();
        YearRows rows = rows(county, year, township);
        if (rows.scheme().isEmpty()) {
            return Optional.empty();
        }
        Schemes.Version version = rows.scheme().get();
        if (rows.state() == YearState.LOCKED) {
            return rows.frozen().stream().map(result -> new Ranked(tenant,
                    result.card().score(version.version(), version.scheme()), result.rank(), null)).findFirst();
        }
        FrozenCard from = new FrozenCard(figures.of(township, year).getOrDefault(township, Map.of()),
                figures.available(), rows.restored().getOrDefault(township, Map.of()));
        return Optional.of(new Ranked(tenant, from.score(version.version(), version.scheme()), null, null));
    }

    /** The county's townships ranked for the year (ranks only, no last year). */
    private Ranking rank(List<Tenant> townships, TenantCode county, int year) {
        YearRows rows = rows(county, year, null);
        if (rows.scheme().isEmpty()) {
            return new Ranking(year, rows.state(), rows.scheme(), List.of(), rows.approvedAt());
        }
        Schemes.Version version = rows.scheme().get();
        if (rows.state() == YearState.LOCKED) {
            Map<TenantCode, Tenant> byCode = new HashMap<>();
            townships.forEach(tenant -> byCode.put(tenant.code(), tenant));
            List<Ranked> ranked = new ArrayList<>();
            for (Frozen result : rows.frozen()) {
                Tenant tenant = byCode.computeIfAbsent(result.township(), code -> tenants.find(code).orElse(null));
                if (tenant != null) {
                    ranked.add(new Ranked(tenant, result.card().score(version.version(), version.scheme()),
                            result.rank(), null));
                }
            }
            ranked.sort(Comparator.comparing(Ranked::rank).thenComparing(r -> r.township().code()));
            return new Ranking(year, rows.state(), rows.scheme(), ranked, rows.approvedAt());
        }
        List<Ranked> scored = live(townships, figures.of(county, year), rows.restored(), version).stream()
                .map(live -> new Ranked(live.township(), live.card(), null, null))
                .sorted(BEST_FIRST)
                .toList();
        return new Ranking(year, rows.state(), rows.scheme(), ranks(scored), rows.approvedAt());
    }

    /** Every township's live scorecard from the year's figures under this version of the scheme. */
    List<Live> live(List<Tenant> townships, Map<TenantCode, Map<String, Long>> byTownship,
                    Map<TenantCode, Map<Measure, BigDecimal>> restored, Schemes.Version scheme) {
        List<Live> live = new ArrayList<>();
        for (Tenant tenant : townships) {
            FrozenCard from = new FrozenCard(byTownship.getOrDefault(tenant.code(), Map.of()), figures.available(),
                    restored.getOrDefault(tenant.code(), Map.of()));
            live.add(new Live(tenant, from, from.score(scheme.version(), scheme.scheme())));
        }
        return live;
    }

    /** The rank of each township's live scorecard. */
    static Map<TenantCode, Integer> ranksOf(List<Live> live) {
        Map<TenantCode, Integer> ranks = new HashMap<>();
        ranks(live.stream().map(l -> new Ranked(l.township(), l.card(), null, null)).sorted(BEST_FIRST).toList())
                .forEach(ranked -> ranks.put(ranked.township().code(), ranked.rank()));
        return ranks;
    }

    /** The ranks of scorecards sorted best first: equal scores share a rank (1, 1, 3). */
    static List<Ranked> ranks(List<Ranked> sorted) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Ranked r = sorted.get(i);
            int rank = i > 0 && r.card().score().compareTo(sorted.get(i - 1).card().score()) == 0
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(r.township(), r.card(), rank, r.lastRank()));
        }
        return ranked;
    }

    /** The ready townships directly below the county: those it assesses (read on the platform). */
    List<Tenant> townships(TenantCode county) {
        return tenants.children(county).stream()
                .filter(tenant -> tenant.kind() == TenantKind.TOWNSHIP && tenant.isReady()).toList();
    }

    /** The year's own rows, for the county's townships or one township, in one tenant transaction. */
    private YearRows rows(TenantCode county, int year, TenantCode township) {
        return tenantReads.execute(status -> {
            AssessmentYears.Year row = years.find(county, year).orElse(null);
            YearState state = row == null ? YearState.OPEN : row.state();
            if (state == YearState.LOCKED) {
                return new YearRows(state, schemes.version(county, year, row.schemeVersion()), Map.of(),
                        frozen(county, year, township), Optional.of(row.changedAt()));
            }
            return new YearRows(state, schemes.current(county, year), restored(county, year, township), List.of(),
                    Optional.empty());
        });
    }

    /** The points upheld objections gave back, by township and item (one township's, or all of the county's). */
    Map<TenantCode, Map<Measure, BigDecimal>> restored(TenantCode county, int year, TenantCode township) {
        Map<TenantCode, Map<Measure, BigDecimal>> restored = new HashMap<>();
        jdbc.sql("""
                        select township_code, item, sum(restored) from platform.assessment_objection
                        where county_code = ? and year = ? and decision = 'UPHELD'
                          and (cast(? as varchar) is null or township_code = ?)
                        group by 1, 2""")
                .params(county.value(), year, code(township), code(township))
                .query(rs -> {
                    TenantCode code = TenantCode.of(rs.getString(1));
                    BigDecimal points = rs.getBigDecimal(3);
                    Measure.ofCode(rs.getString(2)).ifPresent(item -> restored
                            .computeIfAbsent(code, c -> new EnumMap<>(Measure.class)).put(item, points));
                });
        return restored;
    }

    private List<Frozen> frozen(TenantCode county, int year, TenantCode township) {
        return jdbc.sql("""
                        select township_code, rank, card from platform.assessment_result
                        where county_code = ? and year = ? and (cast(? as varchar) is null or township_code = ?)""")
                .params(county.value(), year, code(township), code(township))
                .query((rs, row) -> new Frozen(TenantCode.of(rs.getString(1)), rs.getInt(2),
                        FrozenCard.of(rs.getString(3))))
                .list();
    }

    private static String code(TenantCode township) {
        return township == null ? null : township.value();
    }
}
