package cn.gongguan.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import cn.gongguan.assessment.ui.SchemeChanges.Change;
import cn.gongguan.assessment.ui.SchemeChanges.What;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a version changed against the one before, as the version list tells it. */
class SchemeChangesTest {

    private static final Scheme BEFORE = new Scheme(2012, new BigDecimal("20"),
            List.of(indicator(Measure.FIVE_STEP_VISIT, "10", "95"), indicator(Measure.RECHECK, "10", "90")),
            List.of(deduction(Measure.FEEDBACK_LATE, Measure.FIVE_STEP_VISIT, "0.5", "3"),
                    new Rule(RuleKind.BONUS, Measure.OPERATION_HOUSES_FOUND, null, new BigDecimal("1"),
                            new BigDecimal("2"))),
            new BigDecimal("18"), new BigDecimal("12"));

    @Test
    void theSameSchemeWrittenDifferentlyChangedNothing() {
        Scheme same = new Scheme(2013, new BigDecimal("20.0"),
                List.of(indicator(Measure.FIVE_STEP_VISIT, "10.00", "95"), indicator(Measure.RECHECK, "10", "90.0")),
                BEFORE.rules(), new BigDecimal("18"), new BigDecimal("12.0"));

        assertThat(SchemeChanges.between(BEFORE, same)).isEmpty();
    }

    @Test
    void everyKindOfChangeIsNamedWithItsValuesBeforeAndAfter() {
        Scheme after = new Scheme(2012, new BigDecimal("25"),
                List.of(indicator(Measure.FIVE_STEP_VISIT, "12", "90"), indicator(Measure.SIX_ONES, "13", "80")),
                List.of(deduction(Measure.FEEDBACK_LATE, Measure.FIVE_STEP_VISIT, "1", "3"),
                        deduction(Measure.VISITS_OVERDUE, Measure.FIVE_STEP_VISIT, "0.2", "2")),
                new BigDecimal("20"), new BigDecimal("12"));

        assertThat(SchemeChanges.between(BEFORE, after))
                .extracting(Change::what, Change::measure, Change::before, Change::after)
                .containsExactly(
                        tuple(What.TOTAL, null, "20", "25"),
                        tuple(What.COMMEND_FROM, null, "18", "20"),
                        tuple(What.WEIGHT, Measure.FIVE_STEP_VISIT, "10", "12"),
                        tuple(What.TARGET, Measure.FIVE_STEP_VISIT, "95%", "90%"),
                        tuple(What.INDICATOR_ADDED, Measure.SIX_ONES, null, "13 / 80%"),
                        tuple(What.INDICATOR_REMOVED, Measure.RECHECK, "10 / 90%", null),
                        tuple(What.RULE_CHANGED, Measure.FEEDBACK_LATE, "0.5 / 3", "1 / 3"),
                        tuple(What.RULE_ADDED, Measure.VISITS_OVERDUE, null, "0.2 / 2"),
                        tuple(What.RULE_REMOVED, Measure.OPERATION_HOUSES_FOUND, "1 / 2", null));
    }

    @Test
    void aDeductionMovedToAnotherIndicatorIsAnotherRule() {
        Scheme after = new Scheme(2012, BEFORE.total(), BEFORE.indicators(),
                List.of(deduction(Measure.FEEDBACK_LATE, Measure.RECHECK, "0.5", "3"), BEFORE.rules().get(1)),
                BEFORE.commendFrom(), BEFORE.criticiseBelow());

        assertThat(SchemeChanges.between(BEFORE, after)).extracting(Change::what, Change::from)
                .containsExactly(tuple(What.RULE_ADDED, Measure.RECHECK),
                        tuple(What.RULE_REMOVED, Measure.FIVE_STEP_VISIT));
    }

    @Test
    void theFirstVersionAddedEverything() {
        assertThat(SchemeChanges.between(null, BEFORE)).extracting(Change::what)
                .containsExactly(What.INDICATOR_ADDED, What.INDICATOR_ADDED, What.RULE_ADDED, What.RULE_ADDED);
    }

    private static Indicator indicator(Measure measure, String weight, String target) {
        return new Indicator(measure, new BigDecimal(weight), new BigDecimal(target));
    }

    private static Rule deduction(Measure item, Measure from, String points, String cap) {
        return new Rule(RuleKind.DEDUCTION, item, from, new BigDecimal(points), new BigDecimal(cap));
    }
}
