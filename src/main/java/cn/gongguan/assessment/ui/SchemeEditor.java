package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentLimits;
import cn.gongguan.assessment.Scheme;
import cn.gongguan.assessment.SchemeProblem;
import cn.gongguan.assessment.SchemeRefused;
import cn.gongguan.assessment.Schemes;
import cn.gongguan.assessment.Schemes.Version;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.FormNotice;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Edits a year's scheme in place: the total with the sum of the weights beside it (so a mismatch shows before the
 * save), the thresholds, the indicators and rules as rows, and a note on what this version changes. A save is a new
 * version; a refusal marks every problem at its field or cell and keeps everything typed; a version saved by someone
 * else meanwhile is named with a way to load it.
 */
final class SchemeEditor extends Div {

    final BigDecimalField total = number("scheme.total");
    final Span weights = new Span();
    final BigDecimalField commendFrom = number("scheme.commendFrom");
    final BigDecimalField criticiseBelow = number("scheme.criticiseBelow");
    final SchemeRows<SchemeIndicatorRow> indicators;
    final SchemeRows<SchemeRuleRow> rules;
    final TextField note = TextFields.text(AssessmentLimits.NOTE, "scheme.note");
    final Button save = new Button();
    final FormNotice notice = new FormNotice();
    private final transient Schemes schemes;
    private final Consumer<Version> saved;
    private final Runnable reload;
    private int year;
    private Integer basedOn;

    /** {@code saved} is told of each version saved; {@code reload} shows the year's scheme as it now stands. */
    SchemeEditor(Schemes schemes, Consumer<Version> saved, Runnable reload) {
        this.schemes = schemes;
        this.saved = saved;
        this.reload = reload;
        setId("scheme-editor");
        addClassName("gg-scheme-editor");
        total.addValueChangeListener(e -> weigh());
        commendFrom.setHelperText(getTranslation("scheme.commendFrom.help"));
        criticiseBelow.setHelperText(getTranslation("scheme.criticiseBelow.help"));
        weights.setId("scheme-weights");
        weights.addClassName("gg-scheme-weights");
        indicators = new SchemeRows<>("scheme-indicators", "scheme.indicator.add",
                () -> new SchemeIndicatorRow(schemes::available, this::weigh), this::weigh);
        rules = new SchemeRows<>("scheme-rules", "scheme.rule.add", () -> new SchemeRuleRow(schemes::available),
                () -> { });
        note.setId("scheme-note");
        note.setWidthFull();
        save.setText(getTranslation("scheme.save"));
        save.setId("scheme-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Div totals = new Div(total, weights, commendFrom, criticiseBelow);
        totals.addClassName("gg-scheme-fields");
        add(notice, totals, new H3(getTranslation("scheme.indicators")), indicators,
                new H3(getTranslation("scheme.rules")), rules, note, save);
    }

    /** A number field of points or percent, its value told while typing. */
    static BigDecimalField number(String labelKey) {
        BigDecimalField field = new BigDecimalField();
        field.setLabel(field.getTranslation(labelKey));
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addClassName("gg-scheme-number");
        return field;
    }

    /** Shows a scheme of the year to edit (null: an empty one), saved next as the version after {@code basedOn}. */
    void show(int year, Scheme scheme, Integer basedOn) {
        this.year = year;
        this.basedOn = basedOn;
        notice.hide();
        bindings().clear();
        total.setValue(scheme == null ? BigDecimal.valueOf(100) : scheme.total());
        commendFrom.setValue(scheme == null ? null : scheme.commendFrom());
        criticiseBelow.setValue(scheme == null ? null : scheme.criticiseBelow());
        indicators.show(scheme == null ? List.of() : scheme.indicators().stream()
                .map(indicator -> new SchemeIndicatorRow(schemes::available, this::weigh).with(indicator)).toList());
        rules.show(scheme == null ? List.of() : scheme.rules().stream()
                .map(rule -> new SchemeRuleRow(schemes::available).with(rule)).toList());
        note.clear();
        weigh();
    }

    /** Lets the keeper change the scheme, or shows it only (another role, a locked year). */
    void setEditable(boolean editable) {
        total.setReadOnly(!editable);
        commendFrom.setReadOnly(!editable);
        criticiseBelow.setReadOnly(!editable);
        indicators.rows().forEach(row -> row.setReadOnly(!editable));
        rules.rows().forEach(row -> row.setReadOnly(!editable));
        indicators.setEditable(editable);
        rules.setEditable(editable);
        note.setVisible(editable);
        save.setVisible(editable);
    }

    /** The scheme as typed. */
    Scheme scheme() {
        return new Scheme(year, total.getValue(), indicators.rows().stream().map(SchemeIndicatorRow::indicator)
                .toList(), rules.rows().stream().map(SchemeRuleRow::rule).toList(), commendFrom.getValue(),
                criticiseBelow.getValue());
    }

    private void save() {
        FieldErrors errors = bindings();
        errors.clear();
        notice.hide();
        try {
            saved.accept(schemes.save(year, basedOn, scheme(), note.getValue()));
        } catch (SchemeRefused refused) {
            List<String> elsewhere = new ArrayList<>();
            for (SchemeProblem problem : refused.problems()) {
                String message = getTranslation(problem.key(), problem.arguments());
                if (!errors.mark(problem.field(), message)) {
                    elsewhere.add(message);
                }
            }
            if (!elsewhere.isEmpty()) {
                notice.show(String.join("；", elsewhere), null, null);
            }
        } catch (InvalidInputException refusal) {
            notice.refuse(refusal, errors, reload);
        }
    }

    /** Where each refusal shows: the rows counted as they stand now, after any added or removed. */
    private FieldErrors bindings() {
        FieldErrors errors = new FieldErrors(this);
        errors.bind("total", total).bind("commendFrom", commendFrom).bind("criticiseBelow", criticiseBelow)
                .bind(Schemes.NOTE, note);
        List<SchemeIndicatorRow> indicatorRows = indicators.rows();
        for (int i = 0; i < indicatorRows.size(); i++) {
            SchemeIndicatorRow row = indicatorRows.get(i);
            bind(errors, "indicators", i, "measure", row.measure);
            bind(errors, "indicators", i, "weight", row.weight);
            bind(errors, "indicators", i, "target", row.target);
        }
        List<SchemeRuleRow> ruleRows = rules.rows();
        for (int i = 0; i < ruleRows.size(); i++) {
            SchemeRuleRow row = ruleRows.get(i);
            bind(errors, "rules", i, "kind", row.kind);
            bind(errors, "rules", i, "item", row.item);
            bind(errors, "rules", i, "from", row.from);
            bind(errors, "rules", i, "points", row.points);
            bind(errors, "rules", i, "cap", row.cap);
        }
        return errors;
    }

    private static void bind(FieldErrors errors, String list, int index, String field, HasValidation component) {
        errors.bind(list + "[" + index + "]." + field, component);
    }

    /** The sum of the weights against the total, e.g. "合计 95 / 100", marked while they differ. */
    private void weigh() {
        BigDecimal sum = indicators.rows().stream().map(row -> row.weight.getValue()).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal of = total.getValue();
        weights.setText(getTranslation("scheme.weights", SchemeChanges.plain(sum),
                of == null ? "—" : SchemeChanges.plain(of)));
        boolean balanced = of != null && of.compareTo(sum) == 0;
        weights.getElement().getThemeList().set("badge", true);
        weights.getElement().getThemeList().set("success", balanced);
        weights.getElement().getThemeList().set("error", !balanced);
    }
}
