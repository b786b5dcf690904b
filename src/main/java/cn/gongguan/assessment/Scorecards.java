package cn.gongguan.assessment;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.security.GongguanUser;
import java.math.BigDecimal;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The townships' scorecards of a year: live from the rollups with the year's current scheme while the year is open or
 * under review, and as approved once it is locked (the frozen figures scored with the approved version). The county
 * sees every township's and the ranking with the change against last year; a township sees its own only.
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

    /** The county's ranking of a year: its state, the scheme version scored with, the townships best first. */
    public record Ranking(int year, YearState state, Optional<Schemes.Version> scheme, List<Ranked> townships) {
    }

    private final Schemes schemes;
    private final AssessmentYears years;
    private final YearFigures figures;
    private final TenantRegistry tenants;
    private final JdbcClient jdbc;

    Scorecards(Schemes schemes, AssessmentYears years, YearFigures figures, TenantRegistry tenants, JdbcClient jdbc) {
        this.schemes = schemes;
        this.years = years;
        this.figures = figures;
        this.tenants = tenants;
        this.jdbc = jdbc;
    }

    /** The county's ranking of the year, with each township's rank last year. */
    @Transactional(readOnly = true)
    public Ranking ranking(int year) {
        GongguanUser user = AssessmentAccess.county();
        Ranking ranking = rank(user.tenant(), year);
        Map<TenantCode, Integer> last = new HashMap<>();
        rank(user.tenant(), year - 1).townships().forEach(r -> last.put(r.township().code(), r.rank()));
        return new Ranking(year, ranking.state(), ranking.scheme(), ranking.townships().stream()
                .map(r -> new Ranked(r.township(), r.card(), r.rank(), last.get(r.township().code())))
                .toList());
    }

    /** The own township's scorecard of the year (its rank once the year is approved), if the year has a scheme. */
    @Transactional(readOnly = true)
    public Optional<Ranked> own(int year) {
        AssessmentAccess.township();
        return card(TenantContext.current(), year);
    }

    /** A township's scorecard of the year, for the county above it. */
    @Transactional(readOnly = true)
    public Optional<Ranked> of(TenantCode township, int year) {
        GongguanUser user = AssessmentAccess.county();
        if (!township.parent().map(user.tenant()::equals).orElse(false) || township.kind() != TenantKind.TOWNSHIP) {
            throw new AccessDeniedException("Not a township of the county: " + township);
        }
        return card(township, year);
    }

    /** The year's state for the county or township bound. */
    @Transactional(readOnly = true)
    public YearState state(int year) {
        AssessmentAccess.reader();
        return years.state(AssessmentYears.county(), year);
    }

    private Optional<Ranked> card(TenantCode township, int year) {
        Tenant tenant = tenants.find(township).orElseThrow(() -> new AccessDeniedException("No unit " + township));
        TenantCode county = township.parent().orElseThrow();
        AssessmentYears.Year row = years.find(county, year).orElse(null);
        if (row != null && row.state() == YearState.LOCKED) {
            Schemes.Version version = schemes.version(county, year, row.schemeVersion()).orElseThrow();
            return frozen(county, year, township).stream()
                    .map(result -> new Ranked(tenant, result.card().score(version.version(), version.scheme()),
                            result.rank(), null))
                    .findFirst();
        }
        return schemes.current(county, year).map(version -> new Ranked(tenant, Scoring.score(version.version(),
                version.scheme(), figures.of(township, year).getOrDefault(township, Map.of()), figures.available(),
                restored(county, year, township).getOrDefault(township, Map.of())), null, null));
    }

    /** The county's townships ranked for the year (ranks only, no last year). */
    private Ranking rank(TenantCode county, int year) {
        AssessmentYears.Year row = years.find(county, year).orElse(null);
        YearState state = row == null ? YearState.OPEN : row.state();
        if (state == YearState.LOCKED) {
            Schemes.Version version = schemes.version(county, year, row.schemeVersion()).orElseThrow();
            List<Ranked> ranked = new ArrayList<>();
            for (Frozen result : frozen(county, year, null)) {
                tenants.find(result.township()).ifPresent(tenant -> ranked.add(new Ranked(tenant,
                        result.card().score(version.version(), version.scheme()), result.rank(), null)));
            }
            ranked.sort(Comparator.comparing(Ranked::rank).thenComparing(r -> r.township().code()));
            return new Ranking(year, state, Optional.of(version), ranked);
        }
        Optional<Schemes.Version> scheme = schemes.current(county, year);
        if (scheme.isEmpty()) {
            return new Ranking(year, state, scheme, List.of());
        }
        Map<TenantCode, Map<String, Long>> byTownship = figures.of(county, year);
        Map<TenantCode, Map<Measure, BigDecimal>> restored = restored(county, year, null);
        List<Ranked> scored = townships(county).stream()
                .map(tenant -> new Ranked(tenant, Scoring.score(scheme.get().version(), scheme.get().scheme(),
                        byTownship.getOrDefault(tenant.code(), Map.of()), figures.available(),
                        restored.getOrDefault(tenant.code(), Map.of())), null, null))
                .sorted(Comparator.comparing((Ranked r) -> r.card().score()).reversed()
                        .thenComparing(r -> r.township().code()))
                .toList();
        return new Ranking(year, state, scheme, ranks(scored));
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

    /** The ready townships directly below the county: those it assesses. */
    List<Tenant> townships(TenantCode county) {
        return tenants.children(county).stream()
                .filter(tenant -> tenant.kind() == TenantKind.TOWNSHIP && tenant.isReady()).toList();
    }

    /** The points upheld objections gave back, by township and item (one township's, or all of the county's). */
    Map<TenantCode, Map<Measure, BigDecimal>> restored(TenantCode county, int year, TenantCode township) {
        Map<TenantCode, Map<Measure, BigDecimal>> restored = new HashMap<>();
        jdbc.sql("""
                        select township_code, item, sum(restored) from platform.assessment_objection
                        where county_code = ? and year = ? and decision = 'UPHELD'
                          and (cast(? as varchar) is null or township_code = ?)
                        group by 1, 2""")
                .params(county.value(), year, township == null ? null : township.value(),
                        township == null ? null : township.value())
                .query(rs -> {
                    TenantCode code = TenantCode.of(rs.getString(1));
                    BigDecimal points = rs.getBigDecimal(3);
                    Measure.ofCode(rs.getString(2)).ifPresent(item -> restored
                            .computeIfAbsent(code, c -> new EnumMap<>(Measure.class)).put(item, points));
                });
        return restored;
    }

    /** An approved scorecard as stored. */
    record Frozen(TenantCode township, int rank, FrozenCard card) {
    }

    private List<Frozen> frozen(TenantCode county, int year, TenantCode township) {
        return jdbc.sql("""
                        select township_code, rank, card from platform.assessment_result
                        where county_code = ? and year = ? and (cast(? as varchar) is null or township_code = ?)""")
                .params(county.value(), year, township == null ? null : township.value(),
                        township == null ? null : township.value())
                .query((rs, row) -> new Frozen(TenantCode.of(rs.getString(1)), rs.getInt(2),
                        FrozenCard.of(rs.getString(3))))
                .list();
    }
}
