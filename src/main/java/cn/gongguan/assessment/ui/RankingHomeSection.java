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
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The county's home page while a year is under the townships' review (this year's, or last year's in the new year):
 * how many objections wait for the county's decision, and a link to the closing.
 */
@org.springframework.stereotype.Component
@Order(6)
class RankingHomeSection implements HomeSection {

    private final Scorecards scorecards;
    private final Closing closing;
    private final Today today;

    RankingHomeSection(Scorecards scorecards, Closing closing, Today today) {
        this.scorecards = scorecards;
        this.closing = closing;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!AssessmentAccess.COUNTY.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        int thisYear = today.date().getYear();
        for (int year = thisYear; year >= thisYear - 1; year--) {
            if (scorecards.state(year) == YearState.REVIEW) {
                return Optional.of(card(year));
            }
        }
        return Optional.empty();
    }

    private Component card(int year) {
        long open = closing.objections(year).stream().filter(Objection::isOpen).count();
        Div card = new Div();
        card.setId("assessment-card");
        card.addClassName("gg-figures");
        Paragraph text = new Paragraph(open == 0
                ? card.getTranslation("assessment.home.review", String.valueOf(year))
                : card.getTranslation("assessment.home.objections", String.valueOf(year), open));
        text.setId("assessment-card-text");
        Anchor link = new Anchor(RankingView.ROUTE + "?" + RankingView.YEAR + "=" + year,
                card.getTranslation("assessment.home.open"));
        link.setId("assessment-card-open");
        card.add(new H3(card.getTranslation("assessment.ranking.title")), text, link);
        return card;
    }
}
