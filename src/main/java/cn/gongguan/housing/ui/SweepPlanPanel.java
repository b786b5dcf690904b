package cn.gongguan.housing.ui;

import cn.gongguan.housing.SweepPeriod;
import cn.gongguan.housing.SweepPlan;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/** The sweep plan on the sweeps page: what it says, the editor for those who set it, and its periods' state. */
class SweepPlanPanel extends VerticalLayout {

    final Paragraph summary = new Paragraph();
    final Button edit = new Button();
    final Grid<SweepPeriod> periods = new Grid<>();
    private final transient SweepPlans plans;

    SweepPlanPanel(SweepPlans plans, Today today) {
        this.plans = plans;
        setPadding(false);
        setId("sweep-plan");
        summary.setId("sweep-plan-summary");
        edit.setText(getTranslation("sweepPlan.edit"));
        edit.setIcon(VaadinIcon.CALENDAR_CLOCK.create());
        edit.setId("edit-sweep-plan");
        edit.setVisible(SweepPlans.mayPlan());
        edit.addClickListener(e -> {
            SweepPlanDialog dialog = new SweepPlanDialog(plans, today);
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("sweepPlan.title")), edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        periods.setId("sweep-periods");
        periods.setAllRowsVisible(true);
        periods.addColumn(p -> getTranslation("sweepPlan.period", Formats.date(p.from()), Formats.date(p.to())))
                .setHeader(getTranslation("sweepPlan.periodHeader")).setAutoWidth(true);
        periods.addComponentColumn(this::state).setHeader(getTranslation("sweepPlan.stateHeader")).setFlexGrow(1);
        add(header, summary, periods);
        refresh();
    }

    private Span state(SweepPeriod period) {
        Span state = new Span(switch (period.state()) {
            case DONE -> getTranslation("sweepPlan.done", Formats.date(period.sweptOn()));
            case DUE -> getTranslation("sweepPlan.due", Formats.date(period.to()));
            case OVERDUE -> getTranslation("sweepPlan.overdue", Formats.date(period.to()));
        });
        state.getElement().getThemeList().add(switch (period.state()) {
            case DONE -> "badge success";
            case DUE -> "badge";
            case OVERDUE -> "badge error";
        });
        return state;
    }

    void refresh() {
        SweepPlan plan = plans.plan().orElse(null);
        summary.setText(plan == null ? getTranslation("sweepPlan.none")
                : getTranslation("sweepPlan.summary", plan.getEveryMonths(), plan.getStartMonth().toString())
                  + (plan.getNote() == null ? "" : " " + plan.getNote()));
        List<SweepPeriod> shown = plan == null ? List.of() : plans.periods();
        periods.setItems(shown);
        periods.setVisible(!shown.isEmpty());
    }
}
