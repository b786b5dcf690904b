package cn.gongguan.assessment.ui;

import cn.gongguan.assessment.AssessmentAccess;
import cn.gongguan.assessment.Closing;
import cn.gongguan.assessment.Closing.Objection;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The county's home page while a year is under the townships' review (usually last year's, early in the new year):
 * how many objections wait for the county's decision, and a link to the closing of each such year.
 */
@org.springframework.stereotype.Component
@Order(6)
class RankingHomeSection implements HomeSection {

    private final Closing closing;

    RankingHomeSection(Closing closing) {
        this.closing = closing;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!AssessmentAccess.COUNTY.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        List<Integer> years = closing.underReview();
        if (years.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("assessment-card");
        card.addClassName("gg-figures");
        card.add(new H3(card.getTranslation("assessment.ranking.title")));
        for (int year : years) {
            long open = closing.objections(year).stream().filter(Objection::isOpen).count();
            Paragraph text = new Paragraph(open == 0
                    ? card.getTranslation("assessment.home.review", String.valueOf(year))
                    : card.getTranslation("assessment.home.objections", String.valueOf(year), open));
            Anchor link = new Anchor(YearSelect.link(RankingView.ROUTE, year),
                    card.getTranslation("assessment.home.open"));
            link.setId("assessment-card-open-" + year);
            card.add(text, link);
        }
        return Optional.of(card);
    }
}
