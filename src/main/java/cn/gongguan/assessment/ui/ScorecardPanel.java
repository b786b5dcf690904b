package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.assessment.Scorecard;
import cn.gongguan.assessment.Scorecard.Adjustment;
import cn.gongguan.assessment.Scorecard.Line;
import cn.gongguan.assessment.Scorecard.Status;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A township's scorecard of a year, as the township and the county see it: the score, rating, rank once approved, the
 * year's state and scheme version; each indicator's line (an unavailable one said so, never a zero; the two-way one with
 * its residence and registration parts); the deductions and bonuses, each opening the records behind it, with what the
 * page adds to them (the township's objection); and the objections with the county's decisions.
 */
class ScorecardPanel extends Div {

    private static final String NONE = "—";

    final Grid<Line> lines = new Grid<>();

    /** The year chooser of a scorecard page: this year and the five before (a year is scored once it has begun). */
    static YearSelect years(String label, Today today) {
        return new YearSelect("scorecard-year", label, today.date().getYear(), 5, 0);
    }

    /** What a scorecard page shows instead of a scorecard, saying why there is none. */
    static Div none(String why) {
        Div none = new Div(why);
        none.setId("scorecard-none");
        return none;
    }

    /**
     * @param records  opens the records behind a deduction or bonus
     * @param actions  what the page adds to a deduction (none: an empty list)
     */
    ScorecardPanel(Ranked ranked, YearState state, List<Objection> objections, Consumer<Adjustment> records,
                   Function<Adjustment, List<Component>> actions) {
        addClassName("gg-scorecard");
        setId("scorecard");
        Scorecard card = ranked.card();
        add(new H3(ranked.township().name()), summary(ranked, state));
        lines.setId("scorecard-lines");
        lines.addColumn(line -> getTranslation(line.measure().labelKey())).setKey("indicator")
                .setHeader(getTranslation("assessment.card.indicator")).setFlexGrow(3);
        lines.addColumn(this::value).setKey("value").setHeader(getTranslation("assessment.card.value"))
                .setFlexGrow(3);
        lines.addColumn(line -> unavailable(line) ? unavailableText() : percent(line.percent())).setKey("percent")
                .setHeader(getTranslation("assessment.card.percent"));
        lines.addColumn(line -> points(line.indicator().target()) + "%").setKey("target")
                .setHeader(getTranslation("assessment.card.target"));
        lines.addColumn(line -> points(line.weight())).setKey("weight")
                .setHeader(getTranslation("assessment.card.weight"));
        lines.addColumn(line -> unavailable(line) ? unavailableText() : points(line.earned())).setKey("earned")
                .setHeader(getTranslation("assessment.card.earned"));
        lines.addColumn(this::deducted).setKey("deducted").setHeader(getTranslation("assessment.card.deducted"));
        lines.addColumn(line -> unavailable(line) ? unavailableText() : points(line.points())).setKey("points")
                .setHeader(getTranslation("assessment.card.points"));
        lines.setAllRowsVisible(true);
        lines.setItems(card.lines());
        add(lines);
        if (card.lines().stream().anyMatch(line -> line.status() == Status.NOTHING_DUE)) {
            add(note("scorecard-nothing-due", getTranslation("assessment.card.nothingDue.note")));
        }
        if (card.lines().stream().anyMatch(ScorecardPanel::unavailable)) {
            add(note("scorecard-unavailable", getTranslation("assessment.card.unavailable.note")));
        }
        List<Adjustment> deductions = card.lines().stream().flatMap(line -> line.deductions().stream()).toList();
        add(new H4(getTranslation("assessment.card.deductions")),
                adjustments("scorecard-deductions", deductions, records, actions));
        if (!card.bonuses().isEmpty()) {
            add(new H4(getTranslation("assessment.card.bonuses")),
                    adjustments("scorecard-bonuses", card.bonuses(), records, adjustment -> List.of()));
        }
        if (!objections.isEmpty()) {
            Div list = new Div();
            list.setId("scorecard-objections");
            objections.forEach(objection -> list.add(objection(objection)));
            add(new H4(getTranslation("assessment.card.objections")), list);
        }
    }

    private Div summary(Ranked ranked, YearState state) {
        Scorecard card = ranked.card();
        Div summary = new Div();
        summary.addClassName("gg-figures");
        summary.add(figure("scorecard-score", card.score().toPlainString(), getTranslation("assessment.card.score")));
        if (card.rating() != Scorecard.Rating.NONE) {
            summary.add(figure("scorecard-rating", getTranslation(card.rating().labelKey()),
                    getTranslation("assessment.card.rating")));
        }
        if (ranked.rank() != null) {
            summary.add(figure("scorecard-rank", String.valueOf(ranked.rank()),
                    getTranslation("assessment.card.rank")));
        }
        summary.add(figure("scorecard-state", getTranslation(state.labelKey()), getTranslation("assessment.card.state")),
                figure("scorecard-version", "v" + card.schemeVersion(), getTranslation("assessment.card.version")));
        return summary;
    }

    private static Div figure(String id, String value, String label) {
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("gg-figure-value");
        Span labelled = new Span(label);
        labelled.addClassName("gg-figure-label");
        Div figure = new Div(shown, labelled);
        figure.addClassName("gg-figure");
        return figure;
    }

    /** Done ÷ due; each part of the two-way line; why a line is not scored. */
    private String value(Line line) {
        if (unavailable(line)) {
            return unavailableText();
        }
        if (line.status() == Status.NOTHING_DUE) {
            return getTranslation("assessment.status.NOTHING_DUE");
        }
        if (line.parts().size() > 1) {
            return line.parts().stream()
                    .map(part -> getTranslation("assessment.part." + part.key()) + " " + part.done() + "/" + part.due())
                    .collect(Collectors.joining(" · "));
        }
        return line.done() + "/" + line.due();
    }

    private String deducted(Line line) {
        BigDecimal net = line.deductions().stream().map(Adjustment::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        return net.signum() == 0 ? NONE : "−" + points(net);
    }

    private Div adjustments(String id, List<Adjustment> adjustments, Consumer<Adjustment> records,
                            Function<Adjustment, List<Component>> actions) {
        Div list = new Div();
        list.setId(id);
        list.addClassName("gg-scorecard-adjustments");
        if (adjustments.isEmpty()) {
            list.add(new Span(getTranslation("assessment.card.noDeductions")));
        }
        for (Adjustment adjustment : adjustments) {
            Div row = new Div();
            row.setId(id + "-" + adjustment.item().code());
            row.addClassName("gg-scorecard-adjustment");
            row.add(new Span(getTranslation(adjustment.item().labelKey())), new Span(describe(adjustment)));
            if (adjustment.available() && adjustment.items() > 0) {
                Button open = new Button(getTranslation("assessment.card.records"), VaadinIcon.LIST.create());
                open.setId("deduction-records-" + adjustment.item().code());
                open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                open.addClickListener(e -> records.accept(adjustment));
                row.add(open);
            }
            actions.apply(adjustment).forEach(row::add);
            list.add(row);
        }
        return list;
    }

    /** Items × points per item (cap), the points, what was given back, what stands. */
    private String describe(Adjustment adjustment) {
        if (!adjustment.available()) {
            return unavailableText();
        }
        String text = getTranslation("assessment.card.adjustment", adjustment.items(),
                points(adjustment.rule().points()), points(adjustment.rule().cap()), points(adjustment.points()));
        if (adjustment.restored().signum() > 0) {
            text += " · " + getTranslation("assessment.card.restored", points(adjustment.restored()),
                    points(adjustment.net()));
        }
        return text;
    }

    private Div objection(Objection objection) {
        Div row = new Div();
        row.setId("objection-" + objection.id());
        row.addClassName("gg-scorecard-objection");
        row.add(new Span(getTranslation(objection.item().labelKey()) + " −" + points(objection.deducted())),
                new Span(getTranslation("assessment.card.objection.reason", objection.reason(),
                        objection.raisedBy(), Formats.date(objection.raisedAt()))));
        if (objection.isOpen()) {
            row.add(new Span(getTranslation("assessment.card.objection.open")));
        } else {
            String decision = getTranslation(objection.decision().labelKey());
            if (objection.restored() != null) {
                decision += " " + getTranslation("assessment.card.objection.restored", points(objection.restored()));
            }
            row.add(new Span(decision + " · " + getTranslation("assessment.card.objection.decided",
                    objection.decisionReason(), objection.decidedBy(), Formats.date(objection.decidedAt()))));
        }
        return row;
    }

    private static Div note(String id, String text) {
        Div note = new Div(text);
        note.setId(id);
        note.addClassName("gg-hint");
        return note;
    }

    private static boolean unavailable(Line line) {
        return line.status() == Status.UNAVAILABLE;
    }

    private String unavailableText() {
        return getTranslation("assessment.card.unavailable");
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? NONE : points(percent) + "%";
    }

    static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
