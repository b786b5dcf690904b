package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentAccess;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.YearState;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The township's home page tells it when its scorecard waits for it: while the year (this one or the last) is under
 * review and the township has not confirmed, the score and a link to confirm or object; once the county decided one of
 * its objections, the decision.
 */
@org.springframework.stereotype.Component
@Order(8)
class ScorecardHomeSection implements HomeSection {

    private final Scorecards scorecards;
    private final Closing closing;
    private final Today today;

    ScorecardHomeSection(Scorecards scorecards, Closing closing, Today today) {
        this.scorecards = scorecards;
        this.closing = closing;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!AssessmentAccess.TOWNSHIP_READERS.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("scorecard-card");
        card.addClassName("gg-figures");
        int current = today.date().getYear();
        for (int year : List.of(current - 1, current)) {
            YearState state = scorecards.state(year);
            if (state == YearState.OPEN) {
                continue;
            }
            if (state == YearState.REVIEW && closing.confirmations(year).isEmpty()) {
                scorecards.own(year).ifPresent(ranked -> card.add(waiting(card, year,
                        ranked.card().score().toPlainString())));
            }
            closing.objections(year).stream().filter(objection -> !objection.isOpen())
                    .forEach(objection -> card.add(decided(card, objection)));
        }
        if (card.getComponentCount() == 0) {
            return Optional.empty();
        }
        card.addComponentAsFirst(new H3(card.getTranslation("nav.scorecard")));
        return Optional.of(card);
    }

    private static Div waiting(Div card, int year, String score) {
        Span value = new Span(score);
        value.setId("scorecard-card-score-" + year);
        value.addClassName("gg-figure-value");
        Span label = new Span(card.getTranslation("assessment.home.score", String.valueOf(year)));
        label.addClassName("gg-figure-label");
        Div figure = new Div(value, label);
        figure.addClassName("gg-figure");
        Anchor open = new Anchor(YearSelect.link(ScorecardView.ROUTE, year),
                card.getTranslation(AssessmentAccess.answers() ? "assessment.home.answer" : "assessment.home.open"));
        open.setId("scorecard-card-open-" + year);
        return new Div(figure, open);
    }

    private static Div decided(Div card, Objection objection) {
        Div decided = new Div(card.getTranslation("assessment.home.decided", String.valueOf(objection.year()),
                card.getTranslation(objection.item().labelKey()), card.getTranslation(objection.decision().labelKey()),
                objection.decisionReason()));
        decided.setId("scorecard-card-decided-" + objection.id());
        return decided;
    }
}
