package cn.gongguan.housing.ui;

import cn.gongguan.housing.HousingLimits;
import cn.gongguan.housing.SweepPlan;
import cn.gongguan.housing.SweepPlans;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;

/** Sets the sweep plan (every N months from a month) or changes it; a wrong field shows why and keeps the input. */
class SweepPlanDialog extends FormDialog<SweepPlan> {

    final IntegerField everyMonths = required("everyMonths", new IntegerField());
    final DatePicker startMonth = required("startMonth", new DatePicker());
    final TextArea note = area(HousingLimits.SWEEP_PLAN_NOTE, "sweepPlan.note");
    final Button remove = new Button();
    private final transient SweepPlans plans;
    private SweepPlan editing;

    SweepPlanDialog(SweepPlans plans, Today today) {
        super("save-sweep-plan");
        this.plans = plans;
        editing = plans.plan().orElse(null);
        setHeaderTitle(getTranslation("sweepPlan.edit"));
        everyMonths.setId("sweep-plan-every");
        everyMonths.setLabel(getTranslation("sweepPlan.everyMonths"));
        everyMonths.setHelperText(getTranslation("sweepPlan.everyMonths.help"));
        everyMonths.setStepButtonsVisible(true);
        startMonth.setId("sweep-plan-start");
        startMonth.setLabel(getTranslation("sweepPlan.startMonth"));
        startMonth.setHelperText(getTranslation("sweepPlan.startMonth.help"));
        note.setId("sweep-plan-note");
        addFields(everyMonths, startMonth);
        addWide(note);
        remove.setText(getTranslation("sweepPlan.remove"));
        remove.setId("remove-sweep-plan");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getStyle().set("margin-inline-end", "auto");
        remove.addClickListener(e -> confirmRemoval());
        getFooter().addComponentAsFirst(remove);
        show(editing, today);
        reloadWith(() -> show(plans.plan().orElse(null), today));
    }

    /** Fills the form with the plan as saved, or a quarterly plan from this month for a new one. */
    private void show(SweepPlan plan, Today today) {
        editing = plan;
        remove.setVisible(plan != null);
        everyMonths.setValue(plan == null ? 3 : plan.getEveryMonths());
        startMonth.setValue(plan == null ? today.month().atDay(1) : plan.getStartMonth().atDay(1));
        note.setValue(plan == null || plan.getNote() == null ? "" : plan.getNote());
    }

    /** Asks before the plan goes: no sweep is due by it any more, though the months closed keep their figures. */
    private void confirmRemoval() {
        SweepPlan plan = editing;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("sweepPlan.remove"));
        confirm.setText(getTranslation("sweepPlan.remove.confirm"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("sweepPlan.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> save(() -> {
            plans.remove(plan.getVersion());
            return null;
        }));
        confirm.open();
    }

    @Override
    protected SweepPlan write() {
        return plans.save(editing == null ? -1 : editing.getVersion(), everyMonths.getValue(), startMonth.getValue(),
                note.getValue());
    }
}
