package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme.Indicator;
import cn.gongguan.uikit.EnumSelect;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.function.Predicate;

/** A row of the scheme's indicators: the rate scored, its weight in points and its target in percent. */
final class SchemeIndicatorRow extends Div {

    final EnumSelect<Measure> measure;
    final BigDecimalField weight = SchemeEditor.number("scheme.indicator.weight");
    final BigDecimalField target = SchemeEditor.number("scheme.indicator.target");

    SchemeIndicatorRow(Predicate<Measure> available, Runnable weighed) {
        addClassName("gg-scheme-fields");
        measure = SchemeMeasures.select("scheme.indicator.measure", Measure.Kind.RATE, available);
        measure.addClassName("gg-scheme-measure");
        weight.addValueChangeListener(e -> weighed.run());
        add(measure, weight, target);
    }

    SchemeIndicatorRow with(Indicator indicator) {
        measure.setValue(indicator.measure());
        weight.setValue(indicator.weight());
        target.setValue(indicator.target());
        return this;
    }

    Indicator indicator() {
        return new Indicator(measure.getValue(), weight.getValue(), target.getValue());
    }

    void setReadOnly(boolean readOnly) {
        measure.setReadOnly(readOnly);
        weight.setReadOnly(readOnly);
        target.setReadOnly(readOnly);
    }
}
