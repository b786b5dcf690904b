package cn.gongguan.assessment;

import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a scheme valid, every problem at its field: the weights of the indicators add up to the total; each
 * indicator scores a rate once, with a target above 0 and at most 100 percent; each rule weighs counted items, and a
 * deduction comes off an indicator of the scheme, at most its weight; the thresholds lie within the score range, the
 * criticised below the commended. Points have at most two decimals.
 */
final class SchemeCheck {

    static final String TOTAL = "total";
    static final String COMMEND_FROM = "commendFrom";
    static final String CRITICISE_BELOW = "criticiseBelow";
    static final String INDICATORS = "indicators";
    static final String RULES = "rules";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MOST = BigDecimal.valueOf(1000);

    private SchemeCheck() {
    }

    static List<SchemeProblem> problems(Scheme scheme) {
        List<SchemeProblem> problems = new ArrayList<>();
        if (scheme.year() < 2000 || scheme.year() > 2100) {
            problems.add(new SchemeProblem("year", "assessment.scheme.year.range"));
        }
        boolean totalValid = points(problems, TOTAL, scheme.total(), MOST);
        indicators(scheme, problems, totalValid);
        rules(scheme, problems);
        if (totalValid) {
            boolean commend = threshold(problems, COMMEND_FROM, scheme.commendFrom(), scheme.total());
            boolean criticise = threshold(problems, CRITICISE_BELOW, scheme.criticiseBelow(), scheme.total());
            if (commend && criticise && scheme.criticiseBelow().compareTo(scheme.commendFrom()) > 0) {
                problems.add(new SchemeProblem(CRITICISE_BELOW, "assessment.scheme.criticise.aboveCommend"));
            }
        }
        return problems;
    }

    private static void indicators(Scheme scheme, List<SchemeProblem> problems, boolean totalValid) {
        if (scheme.indicators().isEmpty()) {
            problems.add(new SchemeProblem(INDICATORS, "assessment.scheme.indicators.none"));
            return;
        }
        Set<Measure> seen = EnumSet.noneOf(Measure.class);
        BigDecimal sum = BigDecimal.ZERO;
        boolean weightsValid = true;
        for (int i = 0; i < scheme.indicators().size(); i++) {
            Indicator indicator = scheme.indicators().get(i);
            Measure measure = indicator.measure();
            if (measure == null) {
                problems.add(new SchemeProblem(SchemeProblem.at(INDICATORS, i, "measure"), "validation.required"));
            } else if (measure.kind() != Measure.Kind.RATE) {
                problems.add(new SchemeProblem(SchemeProblem.at(INDICATORS, i, "measure"),
                        "assessment.scheme.indicator.notRate"));
            } else if (!seen.add(measure)) {
                problems.add(new SchemeProblem(SchemeProblem.at(INDICATORS, i, "measure"),
                        "assessment.scheme.indicator.twice"));
            }
            if (points(problems, SchemeProblem.at(INDICATORS, i, "weight"), indicator.weight(), MOST)) {
                sum = sum.add(indicator.weight());
            } else {
                weightsValid = false;
            }
            BigDecimal target = indicator.target();
            String field = SchemeProblem.at(INDICATORS, i, "target");
            if (target == null) {
                problems.add(new SchemeProblem(field, "validation.required"));
            } else if (target.signum() <= 0 || target.compareTo(HUNDRED) > 0
                    || target.stripTrailingZeros().scale() > 2) {
                problems.add(new SchemeProblem(field, "assessment.scheme.target.range"));
            }
        }
        if (totalValid && weightsValid && sum.compareTo(scheme.total()) != 0) {
            problems.add(new SchemeProblem(TOTAL, "assessment.scheme.weights.sum", sum.toPlainString(),
                    scheme.total().toPlainString()));
        }
    }

    private static void rules(Scheme scheme, List<SchemeProblem> problems) {
        // an item weighs once per kind: an objection to its deduction, and what it gives back, concern that one rule
        Set<String> weighed = new HashSet<>();
        for (int i = 0; i < scheme.rules().size(); i++) {
            Rule rule = scheme.rules().get(i);
            if (rule.kind() == null) {
                problems.add(new SchemeProblem(SchemeProblem.at(RULES, i, "kind"), "validation.required"));
            }
            if (rule.item() == null) {
                problems.add(new SchemeProblem(SchemeProblem.at(RULES, i, "item"), "validation.required"));
            } else if (rule.item().kind() != Measure.Kind.ITEMS) {
                problems.add(new SchemeProblem(SchemeProblem.at(RULES, i, "item"), "assessment.scheme.rule.notItems"));
            } else if (!weighed.add(rule.kind() + " " + rule.item())) {
                problems.add(new SchemeProblem(SchemeProblem.at(RULES, i, "item"), "assessment.scheme.rule.twice"));
            }
            points(problems, SchemeProblem.at(RULES, i, "points"), rule.points(), MOST);
            boolean capValid = points(problems, SchemeProblem.at(RULES, i, "cap"), rule.cap(), MOST);
            if (rule.kind() != RuleKind.DEDUCTION) {
                continue;
            }
            String from = SchemeProblem.at(RULES, i, "from");
            if (rule.from() == null) {
                problems.add(new SchemeProblem(from, "validation.required"));
            } else if (scheme.indicator(rule.from()).isEmpty()) {
                problems.add(new SchemeProblem(from, "assessment.scheme.rule.from.unknown"));
            } else {
                BigDecimal weight = scheme.indicator(rule.from()).get().weight();
                if (capValid && weight != null && rule.cap().compareTo(weight) > 0) {
                    problems.add(new SchemeProblem(SchemeProblem.at(RULES, i, "cap"),
                            "assessment.scheme.rule.cap.aboveWeight", weight.toPlainString()));
                }
            }
        }
    }

    /** Checks points above 0 and at most {@code most}, with two decimals at most; true when valid. */
    private static boolean points(List<SchemeProblem> problems, String field, BigDecimal value, BigDecimal most) {
        if (value == null) {
            problems.add(new SchemeProblem(field, "validation.required"));
            return false;
        }
        if (value.signum() <= 0 || value.compareTo(most) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new SchemeProblem(field, "assessment.scheme.points.range", most.toPlainString()));
            return false;
        }
        return true;
    }

    private static boolean threshold(List<SchemeProblem> problems, String field, BigDecimal value, BigDecimal total) {
        if (value == null) {
            problems.add(new SchemeProblem(field, "validation.required"));
            return false;
        }
        if (value.signum() < 0 || value.compareTo(total) > 0 || value.stripTrailingZeros().scale() > 2) {
            problems.add(new SchemeProblem(field, "assessment.scheme.threshold.range", total.toPlainString()));
            return false;
        }
        return true;
    }
}
