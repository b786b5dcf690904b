package cn.gongguan.assessment;

import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.assessment.Scorecard.Line;
import cn.gongguan.assessment.Scorecard.PartValue;
import cn.gongguan.assessment.Scorecard.Rating;
import cn.gongguan.assessment.Scorecard.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one township from its year's figures, as the scheme says — a pure function, so that the live scorecard, the
 * frozen one and a recount from the records agree to the cent. Points are rounded to two decimals, half up: an
 * indicator's earned points, each deduction and bonus, and the score.
 */
final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 2;

    private Scoring() {
    }

    /**
     * The scorecard from {@code figures} (each figure's sum over the year; absent = 0), of which only those in
     * {@code available} are counted by a feature; {@code restored} are the points upheld objections gave back, by item.
     */
    static Scorecard score(int version, Scheme scheme, Map<String, Long> figures, Set<String> available,
                           Map<Measure, BigDecimal> restored) {
        List<BigDecimal> weights = weights(scheme, available);
        List<Line> lines = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        for (int i = 0; i < scheme.indicators().size(); i++) {
            Line line = line(scheme, scheme.indicators().get(i), weights.get(i), figures, available, restored);
            lines.add(line);
            score = score.add(line.points());
        }
        List<Adjustment> bonuses = new ArrayList<>();
        for (Rule rule : scheme.rules()) {
            if (rule.kind() == RuleKind.BONUS) {
                Adjustment bonus = adjustment(rule, figures, available, BigDecimal.ZERO);
                bonuses.add(bonus);
                score = score.add(bonus.net());
            }
        }
        score = score.setScale(SCALE, RoundingMode.HALF_UP);
        return new Scorecard(version, lines, bonuses, score, rating(scheme, score));
    }

    /**
     * The weight each indicator scores with: its own when every indicator is available; otherwise the available ones
     * share the whole total in proportion (two decimals, the rounding left on the first), so that a feature still to
     * come costs no township anything and the lines still add up to the score. An unavailable one weighs nothing.
     */
    static List<BigDecimal> weights(Scheme scheme, Set<String> available) {
        BigDecimal weighed = BigDecimal.ZERO;
        for (Indicator indicator : scheme.indicators()) {
            if (counted(indicator.measure(), available)) {
                weighed = weighed.add(indicator.weight());
            }
        }
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        int first = -1;
        for (Indicator indicator : scheme.indicators()) {
            BigDecimal weight = !counted(indicator.measure(), available) ? BigDecimal.ZERO
                    : weighed.compareTo(scheme.total()) == 0 ? indicator.weight()
                    : indicator.weight().multiply(scheme.total()).divide(weighed, SCALE, RoundingMode.HALF_UP);
            if (first < 0 && weight.signum() > 0) {
                first = weights.size();
            }
            weights.add(weight);
            sum = sum.add(weight);
        }
        if (first >= 0) {
            weights.set(first, weights.get(first).add(scheme.total().subtract(sum)));
        }
        return weights;
    }

    private static boolean counted(Measure measure, Set<String> available) {
        return measure.figures().allMatch(available::contains);
    }

    static Rating rating(Scheme scheme, BigDecimal score) {
        if (score.compareTo(scheme.commendFrom()) >= 0) {
            return Rating.COMMENDED;
        }
        return score.compareTo(scheme.criticiseBelow()) < 0 ? Rating.CRITICISED : Rating.NONE;
    }

    private static Line line(Scheme scheme, Indicator indicator, BigDecimal weight, Map<String, Long> figures,
                             Set<String> available, Map<Measure, BigDecimal> restored) {
        Measure measure = indicator.measure();
        List<PartValue> parts = new ArrayList<>();
        long done = 0;
        long due = 0;
        for (Measure.Part part : measure.parts()) {
            long partDone = sum(part.done(), figures);
            long partDue = sum(part.due(), figures);
            parts.add(new PartValue(part.key(), partDone, partDue));
            done += partDone;
            due += partDue;
        }
        boolean counted = counted(measure, available);
        List<Adjustment> deductions = new ArrayList<>();
        for (Rule rule : scheme.rules()) {
            if (rule.kind() == RuleKind.DEDUCTION && rule.from() == measure) {
                deductions.add(counted ? adjustment(rule, figures, available,
                        restored.getOrDefault(rule.item(), BigDecimal.ZERO)) : unavailable(rule));
            }
        }
        if (!counted) {
            return new Line(indicator, weight, Status.UNAVAILABLE, parts, 0, 0, null, BigDecimal.ZERO, deductions,
                    BigDecimal.ZERO);
        }
        BigDecimal earned;
        BigDecimal percent = null;
        Status status;
        if (due == 0) {
            status = Status.NOTHING_DUE;
            earned = weight;
        } else {
            status = Status.SCORED;
            long capped = Math.min(done, due);
            percent = BigDecimal.valueOf(capped).multiply(HUNDRED).divide(BigDecimal.valueOf(due), SCALE,
                    RoundingMode.HALF_UP);
            BigDecimal reached = BigDecimal.valueOf(capped).multiply(HUNDRED)
                    .divide(BigDecimal.valueOf(due).multiply(indicator.target()), 10, RoundingMode.HALF_UP)
                    .min(BigDecimal.ONE);
            earned = weight.multiply(reached).setScale(SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal points = earned;
        for (Adjustment deduction : deductions) {
            points = points.subtract(deduction.net());
        }
        return new Line(indicator, weight, status, parts, done, due, percent, earned, deductions,
                points.max(BigDecimal.ZERO));
    }

    private static Adjustment adjustment(Rule rule, Map<String, Long> figures, Set<String> available,
                                         BigDecimal restored) {
        if (!available.contains(rule.item().item())) {
            return unavailable(rule);
        }
        long items = figures.getOrDefault(rule.item().item(), 0L);
        BigDecimal points = rule.points().multiply(BigDecimal.valueOf(items)).min(rule.cap())
                .setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal back = restored.min(points);
        return new Adjustment(rule, items, points, back, points.subtract(back));
    }

    private static Adjustment unavailable(Rule rule) {
        return new Adjustment(rule, null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static long sum(List<String> names, Map<String, Long> figures) {
        return names.stream().mapToLong(name -> figures.getOrDefault(name, 0L)).sum();
    }
}
