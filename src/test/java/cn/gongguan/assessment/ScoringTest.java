package cn.gongguan.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import cn.gongguan.assessment.Scorecard.Rating;
import cn.gongguan.assessment.Scorecard.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scoring one township by hand-worked examples: targets, deductions within caps, restorations, bonuses, scaling. */
class ScoringTest {

    private static final Scheme SCHEME = new Scheme(2026, d("100"), List.of(
            new Indicator(Measure.FIVE_STEP_VISIT, d("40"), d("80")),
            new Indicator(Measure.FEEDBACK_ON_TIME, d("40"), d("100")),
            new Indicator(Measure.POLICE_REPORTS, d("20"), d("100"))),
            List.of(new Rule(RuleKind.DEDUCTION, Measure.FEEDBACK_LATE, Measure.FEEDBACK_ON_TIME, d("0.5"), d("3")),
                    new Rule(RuleKind.BONUS, Measure.OPERATION_PERSONS_REGISTERED, null, d("0.2"), d("1"))),
            d("90"), d("60"));
    private static final Set<String> COUNTED = Set.of("visit_done", "steps_due", "feedback_on_time",
            "feedback_late", "operation_persons_registered");

    @Test
    void aTownshipIsScoredAgainstTargetsWithDeductionsAndBonuses() {
        Map<String, Long> figures = Map.of("visit_done", 30L, "steps_due", 50L, "feedback_on_time", 18L,
                "feedback_late", 2L, "operation_persons_registered", 3L);
        Scorecard card = Scoring.score(3, SCHEME, figures, COUNTED, Map.of());
        // police reports unavailable: the two others share its 20 points, 50 each
        assertThat(card.lines().get(2).status()).isEqualTo(Status.UNAVAILABLE);
        assertThat(card.lines()).extracting(Scorecard.Line::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("50"), d("50"), d("0"));
        // visits 60 % of a target of 80 %: 50 × 0.75 = 37.5
        assertThat(card.lines().get(0).percent()).isEqualByComparingTo("60.00");
        assertThat(card.lines().get(0).points()).isEqualByComparingTo("37.50");
        // feedback 18 of 20 on time: 50 × 0.9 = 45, less 2 × 0.5 late = 44
        assertThat(card.lines().get(1).earned()).isEqualByComparingTo("45.00");
        assertThat(card.lines().get(1).deductions()).singleElement()
                .satisfies(deduction -> assertThat(deduction.net()).isEqualByComparingTo("1.00"));
        assertThat(card.lines().get(1).points()).isEqualByComparingTo("44.00");
        // the lines and the 0.6 bonus add up to the score
        assertThat(card.bonuses()).singleElement()
                .satisfies(bonus -> assertThat(bonus.net()).isEqualByComparingTo("0.60"));
        assertThat(card.score()).isEqualByComparingTo("82.10");
        assertThat(card.rating()).isEqualTo(Rating.NONE);
        assertThat(card.schemeVersion()).isEqualTo(3);
    }

    @Test
    void capsRestorationsAndNothingDue() {
        Map<String, Long> figures = Map.of("steps_due", 0L, "feedback_on_time", 0L, "feedback_late", 10L,
                "operation_persons_registered", 40L);
        Scorecard card = Scoring.score(1, SCHEME, figures, COUNTED, Map.of(Measure.FEEDBACK_LATE, d("1")));
        assertThat(card.lines().get(0).status()).isEqualTo(Status.NOTHING_DUE);
        assertThat(card.lines().get(0).points()).isEqualByComparingTo("50");
        // ten late answers of none on time: 0 % earns nothing; the deduction is capped at 3, 1 given back
        assertThat(card.lines().get(1).earned()).isEqualByComparingTo("0.00");
        assertThat(card.deduction(Measure.FEEDBACK_LATE)).get().satisfies(deduction -> {
            assertThat(deduction.points()).isEqualByComparingTo("3.00");
            assertThat(deduction.restored()).isEqualByComparingTo("1");
            assertThat(deduction.net()).isEqualByComparingTo("2.00");
        });
        assertThat(card.lines().get(1).points()).as("never below zero").isEqualByComparingTo("0");
        // 50 for nothing due, plus the capped bonus 1
        assertThat(card.score()).isEqualByComparingTo("51.00");
        assertThat(card.rating()).isEqualTo(Rating.CRITICISED);
    }

    @Test
    void sharedWeightsAddUpToTheTotalToTheCent() {
        Scheme thirds = new Scheme(2026, d("100"), List.of(new Indicator(Measure.FIVE_STEP_VISIT, d("10"), d("90")),
                new Indicator(Measure.FEEDBACK_ON_TIME, d("10"), d("90")),
                new Indicator(Measure.RECHECK, d("10"), d("90")),
                new Indicator(Measure.POLICE_REPORTS, d("70"), d("90"))), List.of(), d("90"), d("60"));
        Scorecard full = Scoring.score(1, thirds, Map.of(), Set.of("visit_done", "steps_due", "feedback_on_time",
                "feedback_late", "recheck_done", "recheck_due"), Map.of());
        assertThat(full.lines()).extracting(Scorecard.Line::weight).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("33.34"), d("33.33"), d("33.33"), d("0"));
        assertThat(full.score()).as("nothing due anywhere: full marks").isEqualByComparingTo("100");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
