package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceMeetings;
import cn.gongguan.governance.GovernanceMembers;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.governance.SupervisionVisits;
import cn.gongguan.platform.Today;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The township's comprehensive-governance group (综合治理小组): its members, the implementation plan of the year, its
 * meetings, and the county's supervision visits with their rectifications. The administrator keeps it; the staff
 * read it.
 */
@Route(GovernanceView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.governance", order = 8.3, icon = "vaadin:group")
public class GovernanceView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "governance";

    final GovernanceMembersSection members;
    final PlanSection plan;
    final MeetingSection meetings;
    final SupervisionSection supervision;

    GovernanceView(GovernanceMembers members, GovernancePlans plans, GovernanceMeetings meetings,
                   SupervisionVisits visits, Today today) {
        addClassName("gg-page");
        this.members = new GovernanceMembersSection(members, today);
        this.plan = new PlanSection(plans, today);
        this.meetings = new MeetingSection(meetings, today);
        this.supervision = new SupervisionSection(visits, today);
        this.members.setWidthFull();
        plan.setWidthFull();
        this.meetings.setWidthFull();
        supervision.setWidthFull();
        add(new H2(getTranslation("nav.governance")), this.members, plan, this.meetings, supervision);
    }

    @Override
    public String titleKey() {
        return "nav.governance";
    }
}
