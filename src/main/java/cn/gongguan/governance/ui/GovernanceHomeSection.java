package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceAccess;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.governance.SupervisionVisit;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantKind;
import cn.gongguan.platform.Today;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * Reminds the township of what the governance group owes: the county's rectifications not answered yet (those past
 * their day marked) and a missing plan for the year. Nothing when all is done.
 */
@org.springframework.stereotype.Component
@Order(13)
class GovernanceHomeSection implements HomeSection {

    private final SupervisionVisits visits;
    private final GovernancePlans plans;
    private final Today today;

    GovernanceHomeSection(SupervisionVisits visits, GovernancePlans plans, Today today) {
        this.visits = visits;
        this.plans = plans;
        this.today = today;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (unit.kind() != TenantKind.TOWNSHIP
                || !GovernanceAccess.TOWNSHIP_READERS.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        LocalDate day = today.date();
        List<SupervisionVisit> open = visits.received().stream().filter(SupervisionVisit::isOpen).toList();
        boolean noPlan = plans.of(day.getYear()).isEmpty();
        if (open.isEmpty() && !noPlan) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("governance-home");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("nav.governance")));
        if (!open.isEmpty()) {
            long overdue = open.stream().filter(v -> v.isOverdue(day)).count();
            section.add(new Paragraph(overdue > 0
                    ? section.getTranslation("governance.home.openOverdue", open.size(), overdue)
                    : section.getTranslation("governance.home.open", open.size())));
        }
        if (noPlan) {
            section.add(new Paragraph(section.getTranslation("governance.plan.missing",
                    String.valueOf(day.getYear()))));
        }
        section.add(new RouterLink(section.getTranslation("governance.home.go"), GovernanceView.class));
        return Optional.of(section);
    }
}
