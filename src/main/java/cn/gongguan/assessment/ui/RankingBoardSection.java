package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentAccess;
import cn.gongguan.assessment.Scorecards;
import cn.gongguan.assessment.Scorecards.Ranked;
import cn.gongguan.assessment.Scorecards.Ranking;
import cn.gongguan.dashboard.ui.BoardSection;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The assessment on the county's dashboard: the year's score to date (or, before this year has a scheme, last
 * year's) of the best and the last townships, with a link to the ranking.
 */
@org.springframework.stereotype.Component
@Order(10)
class RankingBoardSection implements BoardSection {

    /** How many townships at each end of the ranking. */
    static final int SHOWN = 3;

    private final Scorecards scorecards;
    private final Today today;

    RankingBoardSection(Scorecards scorecards, Today today) {
        this.scorecards = scorecards;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!AssessmentAccess.COUNTY.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        int year = today.date().getYear();
        Ranking ranking = scorecards.standing(year);
        if (ranking.scheme().isEmpty()) {
            ranking = scorecards.standing(year - 1);
        }
        return section(ranking);
    }

    /** The ranking's best and last townships, if it has any. */
    static Optional<Component> section(Ranking ranking) {
        if (ranking.townships().isEmpty()) {
            return Optional.empty();
        }
        List<Ranked> townships = ranking.townships();
        Div section = new Div();
        section.setId("assessment-board");
        section.addClassName("gg-assessment-board");
        Paragraph state = new Paragraph(section.getTranslation("assessment.board.state",
                String.valueOf(ranking.year()), section.getTranslation(ranking.state().labelKey())));
        Div ends = new Div(end(section, "assessment.board.top", "assessment-board-top",
                        townships.subList(0, Math.min(SHOWN, townships.size()))),
                end(section, "assessment.board.bottom", "assessment-board-bottom",
                        townships.subList(Math.max(0, townships.size() - SHOWN), townships.size()).reversed()));
        ends.addClassName("gg-assessment-ends");
        Anchor open = new Anchor(YearSelect.link(RankingView.ROUTE, ranking.year()),
                section.getTranslation("assessment.board.open"));
        open.setId("assessment-board-open");
        section.add(new H3(section.getTranslation("assessment.ranking.title")), state, ends, open);
        return Optional.of(section);
    }

    private static Div end(Component owner, String titleKey, String id, List<Ranked> townships) {
        OrderedList list = new OrderedList();
        list.setId(id);
        for (Ranked ranked : townships) {
            Span score = new Span(RankingTexts.points(ranked.card().score()));
            score.addClassName("gg-assessment-score");
            list.add(new ListItem(new Span(ranked.rank() + ". " + ranked.township().name() + " "), score));
        }
        return new Div(new Paragraph(owner.getTranslation(titleKey)), list);
    }
}
