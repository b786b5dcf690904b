package cn.gongguan.housing.ui;

import cn.gongguan.housing.RentalHouses;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * A card on the home page of whoever keeps rental houses when a planned sweep is overdue, or the current one is due
 * within {@link SweepPlans#DUE_SOON_DAYS} days and not done yet.
 */
@org.springframework.stereotype.Component
@Order(11)
class SweepPlanHomeSection implements HomeSection {

    private final SweepPlans plans;

    SweepPlanHomeSection(SweepPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!RentalHouses.mayKeep()) {
            return Optional.empty();
        }
        return plans.attention().map(attention -> {
            Div card = new Div();
            card.setId("sweep-plan-card");
            card.addClassName("gg-section");
            card.add(new H3(card.getTranslation("sweepPlan.title")));
            if (attention.overdue() > 0) {
                Paragraph overdue = new Paragraph(card.getTranslation("sweepPlan.home.overdue", attention.overdue()));
                overdue.setId("sweep-plan-card-overdue");
                card.add(overdue);
            }
            if (attention.dueSoon() != null) {
                Paragraph due = new Paragraph(card.getTranslation("sweepPlan.home.due",
                        Formats.date(attention.dueSoon().to())));
                due.setId("sweep-plan-card-due");
                card.add(due);
            }
            card.add(new RouterLink(card.getTranslation("sweepPlan.home.open"), SweepsView.class));
            return card;
        });
    }
}
