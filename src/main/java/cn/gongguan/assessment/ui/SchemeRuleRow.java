package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Measure;
import cn.gongguan.assessment.Scheme.Rule;
import cn.gongguan.assessment.Scheme.RuleKind;
import cn.gongguan.uikit.EnumSelect;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.util.function.Predicate;

/**
 * A row of the scheme's rules: deduction or bonus, the counted item it weighs, the indicator a deduction comes off
 * (a bonus names none), points per item and the cap.
 */
final class SchemeRuleRow extends Div {

    final EnumSelect<RuleKind> kind = new EnumSelect<>("scheme.rule.kind", RuleKind.values());
    final EnumSelect<Measure> item;
    final EnumSelect<Measure> from;
    final BigDecimalField points = SchemeEditor.number("scheme.rule.points");
    final BigDecimalField cap = SchemeEditor.number("scheme.rule.cap");
    private boolean readOnly;

    SchemeRuleRow(Predicate<Measure> available) {
        addClassName("gg-scheme-fields");
        item = SchemeMeasures.select("scheme.rule.item", Measure.Kind.ITEMS, available);
        item.addClassName("gg-scheme-measure");
        from = SchemeMeasures.select("scheme.rule.from", Measure.Kind.RATE, available);
        from.addClassName("gg-scheme-measure");
        kind.setValue(RuleKind.DEDUCTION);
        kind.addValueChangeListener(e -> fromShown());
        add(kind, item, from, points, cap);
    }

    SchemeRuleRow with(Rule rule) {
        kind.setValue(rule.kind());
        item.setValue(rule.item());
        from.setValue(rule.from());
        points.setValue(rule.points());
        cap.setValue(rule.cap());
        return this;
    }

    Rule rule() {
        return new Rule(kind.getValue(), item.getValue(), kind.getValue() == RuleKind.BONUS ? null : from.getValue(),
                points.getValue(), cap.getValue());
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        kind.setReadOnly(readOnly);
        item.setReadOnly(readOnly);
        points.setReadOnly(readOnly);
        cap.setReadOnly(readOnly);
        fromShown();
    }

    /** A bonus adds to the score and comes off no indicator: its "from" is kept as typed but not asked for. */
    private void fromShown() {
        from.setEnabled(kind.getValue() != RuleKind.BONUS);
        from.setReadOnly(readOnly);
    }
}
