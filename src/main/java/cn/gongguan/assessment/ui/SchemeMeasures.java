package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Measure;
import cn.gongguan.uikit.EnumSelect;
import java.util.Arrays;
import java.util.function.Predicate;

/** The selects of measures of the scheme editor: rates for indicators, counted items for rules. */
final class SchemeMeasures {

    private SchemeMeasures() {
    }

    /**
     * A select of the measures of a kind by their names, those whose figures no feature counts yet marked
     * "unavailable" (a scheme may name them; they are scored as unavailable, never as zero).
     */
    static EnumSelect<Measure> select(String labelKey, Measure.Kind kind, Predicate<Measure> available) {
        EnumSelect<Measure> select = new EnumSelect<>(labelKey,
                Arrays.stream(Measure.values()).filter(measure -> measure.kind() == kind).toList());
        select.setItemLabelGenerator(measure -> measure == null ? "" : available.test(measure)
                ? select.getTranslation(measure.labelKey())
                : select.getTranslation("scheme.measure.unavailable", select.getTranslation(measure.labelKey())));
        return select;
    }
}
