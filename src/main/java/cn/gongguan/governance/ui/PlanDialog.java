package cn.gongguan.governance.ui;

import cn.gongguan.governance.GovernanceLimits;
import cn.gongguan.governance.GovernancePlan;
import cn.gongguan.governance.GovernancePlans;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Writes the governance group's implementation plan for a year, or a new version of it (the former text is kept in
 * the plan's history). Refused as stale when someone saved the year's plan meanwhile (its first text too): reloading
 * opens the plan as saved, to write its next version, with the text typed here kept.
 */
class PlanDialog extends FormDialog<GovernancePlan> {

    final IntegerField year = required(GovernancePlans.YEAR, new IntegerField());
    final TextArea text = area(GovernanceLimits.PLAN_TEXT, "governance.plan.text");
    private final transient GovernancePlans plans;
    private long version = -1;

    PlanDialog(GovernancePlans plans, int year) {
        super("save-plan");
        this.plans = plans;
        setHeaderTitle(getTranslation("governance.plan.write"));
        this.year.setLabel(getTranslation("governance.plan.year"));
        this.year.setId("governance-plan-year");
        this.year.setValue(year);
        text.setMinHeight("16rem");
        addFields(this.year);
        addWide(text);
        reloadWith(() -> plans.of(this.year.getValue()).ifPresent(stored -> {
            String typed = text.getValue();
            editing(stored);
            text.setValue(typed);
        }));
    }

    /** Opens the form on the year's plan, to write its next version; the year is the plan's from then on. */
    PlanDialog editing(GovernancePlan plan) {
        setHeaderTitle(getTranslation("governance.plan.edit", String.valueOf(plan.getYear()), plan.number() + 1));
        version = plan.getVersion();
        year.setValue(plan.getYear());
        year.setReadOnly(true);
        text.setValue(plan.getText());
        return this;
    }

    @Override
    protected GovernancePlan write() {
        return plans.save(year.getValue(), version, text.getValue());
    }
}
