package cn.gongguan.assessment;

import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.platform.Labelled;
import java.math.BigDecimal;
import java.util.List;

/**
 * A township's scorecard for a year under one version of the scheme: each indicator's value, target, points and the
 * deductions taken off it, the bonuses, and the score — the lines' points plus the bonuses. While an indicator is
 * unavailable the others share its weight (so that a feature still to come costs no township anything).
 */
public record Scorecard(int schemeVersion, List<Line> lines, List<Adjustment> bonuses, BigDecimal score,
                        Rating rating) {

    /** How an indicator stands. */
    public enum Status implements Labelled {
        /** Scored from its figures. */
        SCORED,
        /** Nothing was due in the year: full points. */
        NOTHING_DUE,
        /** No feature counts its figures yet: not scored, never zero. */
        UNAVAILABLE;

        @Override
        public String labelKey() {
            return "assessment.status." + name();
        }
    }

    /** Where a township stands against the thresholds of the notice (通报). */
    public enum Rating implements Labelled {
        COMMENDED, NONE, CRITICISED;

        @Override
        public String labelKey() {
            return "assessment.rating." + name();
        }
    }

    /** One part of an indicator's figures (the two-way indicator has the residence's and the registration's). */
    public record PartValue(String key, long done, long due) {
    }

    /**
     * An indicator's line: the weight it scores with (the scheme's, or its share of the total while another indicator
     * is unavailable; none when itself is), done ÷ due (in percent, null when nothing was due or it is unavailable),
     * the points earned against the target, the deductions, and the points left (never below zero).
     */
    public record Line(Indicator indicator, BigDecimal weight, Status status, List<PartValue> parts, long done, long due,
                       BigDecimal percent, BigDecimal earned, List<Adjustment> deductions, BigDecimal points) {

        public Measure measure() {
            return indicator.measure();
        }
    }

    /**
     * A rule applied: the items counted (null when unavailable), the points they come to within the cap, the points
     * given back by an upheld objection, and what stands ({@code net}).
     */
    public record Adjustment(Rule rule, Long items, BigDecimal points, BigDecimal restored, BigDecimal net) {

        public Measure item() {
            return rule.item();
        }

        public boolean available() {
            return items != null;
        }
    }

    /** The deduction of this item, if any line has it. */
    public java.util.Optional<Adjustment> deduction(Measure item) {
        return lines.stream().flatMap(line -> line.deductions().stream())
                .filter(adjustment -> adjustment.item() == item).findFirst();
    }

    /** Every deduction that takes points off, line by line. */
    public List<Adjustment> deductions() {
        return lines.stream().flatMap(line -> line.deductions().stream())
                .filter(adjustment -> adjustment.points().signum() > 0).toList();
    }
}
