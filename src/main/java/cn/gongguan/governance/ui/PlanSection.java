package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceAccess;
import cn.gongguan.governance.GovernancePlan;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The implementation plan (实施方案) of a year, the current one first: its version, who saved it when, its text, and
 * its earlier versions; the administrator writes it or its next version.
 */
class PlanSection extends Div {

    final Select<Integer> year = new Select<>();
    final Paragraph state = new Paragraph();
    final Paragraph text = new Paragraph();
    final Button write = new Button();
    final RevisionList history = new RevisionList("governance-plan-history", "governance.plan.history");
    private final transient GovernancePlans plans;
    private transient GovernancePlan plan;

    PlanSection(GovernancePlans plans, Today today) {
        this.plans = plans;
        setId("governance-plan");
        int thisYear = today.date().getYear();
        year.setLabel(getTranslation("governance.plan.year"));
        year.setId("governance-plan-year-shown");
        year.setItems(IntStream.rangeClosed(thisYear - GovernancePlans.YEARS_BACK, thisYear + GovernancePlans.YEARS_AHEAD)
                .boxed().sorted((a, b) -> b - a).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        state.setId("governance-plan-state");
        text.setId("governance-plan-text");
        text.getStyle().set("white-space", "pre-wrap");
        write.setIcon(VaadinIcon.EDIT.create());
        write.setId("governance-plan-write");
        write.setVisible(GovernanceAccess.keeps());
        write.addClickListener(e -> {
            PlanDialog dialog = plan == null ? new PlanDialog(plans, year.getValue())
                    : new PlanDialog(plans, year.getValue()).editing(plan);
            dialog.addSavedListener(saved -> {
                year.setValue(saved.saved().getYear());
                refresh();
            });
            dialog.open();
        });
        add(new H3(getTranslation("governance.plan")), year, state, write, text, history);
        refresh();
    }

    private void refresh() {
        Optional<GovernancePlan> found = plans.of(year.getValue());
        plan = found.orElse(null);
        write.setText(getTranslation(plan == null ? "governance.plan.write" : "governance.plan.newVersion"));
        if (plan == null) {
            state.setText(getTranslation("governance.plan.missing", String.valueOf(year.getValue())));
            text.setText("");
            history.show(List.of());
            return;
        }
        state.setText(getTranslation("governance.plan.state", plan.number(), plan.getUpdatedBy(),
                Formats.dateTime(plan.getUpdatedAt(), getLocale())));
        text.setText(plan.getText());
        history.showEdits(plans.history(plan), new RevisionList.FieldText() {
            @Override
            public String label(String field) {
                return getTranslation("governance.plan.text");
            }

            @Override
            public String value(String field, String value) {
                return value;
            }
        });
    }
}
