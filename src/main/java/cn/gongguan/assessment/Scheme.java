package cn.gongguan.assessment;

import cn.gongguan.platform.Labelled;
import java.math.BigDecimal;
import java.util.List;

/**
 * A county's assessment scheme (考核方案) for a year: the indicators with their weights (points, adding up to the
 * total) and targets (percent), the deduction and bonus rules weighing counted items, and the score from which a
 * township is commended and below which it is criticised in the county's notice (通报). {@link SchemeCheck} says what
 * makes one valid; {@link SchemeFile} reads and writes it as the readable file a county starts next year from.
 */
public record Scheme(int year, BigDecimal total, List<Indicator> indicators, List<Rule> rules,
                     BigDecimal commendFrom, BigDecimal criticiseBelow) {

    public Scheme {
        indicators = List.copyOf(indicators);
        rules = List.copyOf(rules);
    }

    /** An indicator scored against its target: {@code weight} points at or above {@code target} percent. */
    public record Indicator(Measure measure, BigDecimal weight, BigDecimal target) {
    }

    /**
     * A rule weighing the counted items of {@code item}: a deduction takes {@code points} per item off the indicator
     * {@code from} (at most {@code cap}, and never below zero points for it); a bonus adds them to the score (at most
     * {@code cap}) and names no indicator.
     */
    public record Rule(RuleKind kind, Measure item, Measure from, BigDecimal points, BigDecimal cap) {
    }

    /** Whether a rule takes points off or adds them. */
    public enum RuleKind implements Labelled {
        DEDUCTION, BONUS;

        @Override
        public String labelKey() {
            return "assessment.rule." + name();
        }
    }

    /** The indicator of this measure, if the scheme scores it. */
    public java.util.Optional<Indicator> indicator(Measure measure) {
        return indicators.stream().filter(indicator -> indicator.measure() == measure).findFirst();
    }

    /** The most a score can reach: the total and every bonus's cap. */
    public BigDecimal maximum() {
        return rules.stream().filter(rule -> rule.kind() == RuleKind.BONUS).map(Rule::cap)
                .reduce(total, BigDecimal::add);
    }
}
