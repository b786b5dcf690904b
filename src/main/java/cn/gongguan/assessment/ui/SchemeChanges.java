package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a version of a scheme changed against the one before it, in the words a keeper reads in the version list:
 * indicators added, removed, reweighted or retargeted; rules added, removed or changed (a rule is the same when it
 * weighs the same item the same way off the same indicator); the total and the thresholds.
 */
final class SchemeChanges {

    /** What changed. */
    enum What {
        TOTAL, COMMEND_FROM, CRITICISE_BELOW,
        INDICATOR_ADDED, INDICATOR_REMOVED, WEIGHT, TARGET,
        RULE_ADDED, RULE_REMOVED, RULE_CHANGED
    }

    /**
     * One change: the measure it concerns (an indicator's, a rule's item; null for the scheme's own figures), the
     * rule's kind and the indicator a deduction comes off (rules only), and the value before and after (for a rule,
     * its points per item and cap; null where there was none).
     */
    record Change(What what, Measure measure, RuleKind kind, Measure from, String before, String after) {
    }

    private record RuleKey(RuleKind kind, Measure item, Measure from) {
    }

    private SchemeChanges() {
    }

    /** The changes from {@code before} (null: the first version, everything added) to {@code after}. */
    static List<Change> between(Scheme before, Scheme after) {
        List<Change> changes = new ArrayList<>();
        if (before != null) {
            figure(changes, What.TOTAL, before.total(), after.total());
            figure(changes, What.COMMEND_FROM, before.commendFrom(), after.commendFrom());
            figure(changes, What.CRITICISE_BELOW, before.criticiseBelow(), after.criticiseBelow());
        }
        indicators(changes, before == null ? List.of() : before.indicators(), after.indicators());
        rules(changes, before == null ? List.of() : before.rules(), after.rules());
        return changes;
    }

    private static void indicators(List<Change> changes, List<Indicator> before, List<Indicator> after) {
        Map<Measure, Indicator> earlier = new LinkedHashMap<>();
        before.forEach(indicator -> earlier.put(indicator.measure(), indicator));
        for (Indicator indicator : after) {
            Indicator was = earlier.remove(indicator.measure());
            if (was == null) {
                changes.add(new Change(What.INDICATOR_ADDED, indicator.measure(), null, null, null,
                        plain(indicator.weight()) + " / " + plain(indicator.target()) + "%"));
                continue;
            }
            if (!same(was.weight(), indicator.weight())) {
                changes.add(new Change(What.WEIGHT, indicator.measure(), null, null, plain(was.weight()),
                        plain(indicator.weight())));
            }
            if (!same(was.target(), indicator.target())) {
                changes.add(new Change(What.TARGET, indicator.measure(), null, null, plain(was.target()) + "%",
                        plain(indicator.target()) + "%"));
            }
        }
        earlier.values().forEach(indicator -> changes.add(new Change(What.INDICATOR_REMOVED, indicator.measure(),
                null, null, plain(indicator.weight()) + " / " + plain(indicator.target()) + "%", null)));
    }

    private static void rules(List<Change> changes, List<Rule> before, List<Rule> after) {
        Map<RuleKey, Rule> earlier = new LinkedHashMap<>();
        before.forEach(rule -> earlier.put(key(rule), rule));
        for (Rule rule : after) {
            Rule was = earlier.remove(key(rule));
            if (was == null) {
                changes.add(change(What.RULE_ADDED, rule, null, weighing(rule)));
            } else if (!same(was.points(), rule.points()) || !same(was.cap(), rule.cap())) {
                changes.add(change(What.RULE_CHANGED, rule, weighing(was), weighing(rule)));
            }
        }
        earlier.values().forEach(rule -> changes.add(change(What.RULE_REMOVED, rule, weighing(rule), null)));
    }

    private static Change change(What what, Rule rule, String before, String after) {
        return new Change(what, rule.item(), rule.kind(), rule.from(), before, after);
    }

    private static RuleKey key(Rule rule) {
        return new RuleKey(rule.kind(), rule.item(), rule.kind() == RuleKind.DEDUCTION ? rule.from() : null);
    }

    /** A rule's points per item and cap: {@code 0.5 / 3}. */
    private static String weighing(Rule rule) {
        return plain(rule.points()) + " / " + plain(rule.cap());
    }

    private static void figure(List<Change> changes, What what, BigDecimal before, BigDecimal after) {
        if (!same(before, after)) {
            changes.add(new Change(what, null, null, null, plain(before), plain(after)));
        }
    }

    /** Equal in value: 5 and 5.0 are the same weight. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
