package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceOverview;
import cn.gongguan.governance.GovernanceTownship;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * The county's view of its townships' governance groups: members and departments covered, the year's plan (or its
 * absence), meetings, supervision visits and open rectifications — counts and days only, no member's name. A row
 * opens the township's supervision visits, where the county records a new one.
 */
@Route(GovernanceTownshipsView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME})
@Menu(title = "nav.governanceTownships", order = 8.4, icon = "vaadin:group")
public class GovernanceTownshipsView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "governance/townships";

    final Grid<GovernanceTownship> grid = new Grid<>();

    GovernanceTownshipsView(GovernanceOverview overview) {
        addClassName("gg-page");
        grid.setId("governance-townships");
        grid.addColumn(GovernanceTownship::name).setHeader(getTranslation("governance.township"));
        grid.addColumn(GovernanceTownship::members).setHeader(getTranslation("governance.members.count"));
        grid.addColumn(t -> t.departments().stream().map(d -> getTranslation(d.labelKey()))
                .collect(Collectors.joining("、"))).setHeader(getTranslation("governance.departments"));
        grid.addComponentColumn(this::plan).setHeader(getTranslation("governance.plan"));
        grid.addColumn(t -> getTranslation("governance.meetings.summary", t.meetingsThisYear(),
                        t.lastMeeting() == null ? getTranslation("governance.none") : Formats.date(t.lastMeeting())))
                .setHeader(getTranslation("governance.meetings"));
        grid.addColumn(t -> t.supervision().visits()).setHeader(getTranslation("governance.supervision.visits"));
        grid.addComponentColumn(this::rectifications).setHeader(getTranslation("governance.supervision.openCount"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        // the departments wrap in their cell, so the plan and the rectifications stay in view
        grid.getColumns().get(2).setAutoWidth(false).setWidth("14rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(overview.townships());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SupervisionView.class,
                new RouteParameters(SupervisionView.CODE, e.getItem().code().value()))));
        add(new H2(getTranslation("nav.governanceTownships")),
                new Paragraph(getTranslation("governance.townships.intro")), grid);
    }

    private Span plan(GovernanceTownship township) {
        Span plan = new Span(township.hasPlan()
                ? getTranslation("governance.plan.version", township.planVersion(), Formats.date(township.planSaved()))
                : getTranslation("governance.plan.none"));
        plan.getElement().getThemeList().add(township.hasPlan() ? "badge success" : "badge error");
        return plan;
    }

    private Span rectifications(GovernanceTownship township) {
        long overdue = township.supervision().overdue();
        Span open = new Span(overdue > 0
                ? getTranslation("governance.supervision.openOverdue", township.supervision().open(), overdue)
                : String.valueOf(township.supervision().open()));
        if (overdue > 0) {
            open.getElement().getThemeList().add("badge error");
        }
        return open;
    }

    @Override
    public String titleKey() {
        return "nav.governanceTownships";
    }
}
