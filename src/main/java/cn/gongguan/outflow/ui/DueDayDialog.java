package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.RecheckSetting;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.IntegerField;

/** The township's due day of the monthly re-check (the township admin's setting). */
class DueDayDialog extends FormDialog<RecheckSetting> {

    final IntegerField dueDay = required("dueDay", new IntegerField());
    private final transient Rechecks rechecks;
    private RecheckSetting setting;

    DueDayDialog(Rechecks rechecks) {
        super("save-due-day");
        this.rechecks = rechecks;
        setHeaderTitle(getTranslation("recheck.settings"));
        dueDay.setLabel(getTranslation("recheck.dueDay"));
        dueDay.setHelperText(getTranslation("recheck.dueDay.help"));
        dueDay.setId("recheck-due-day");
        dueDay.setStepButtonsVisible(true);
        addFields(dueDay);
        reloadWith(this::show);
        show();
    }

    private void show() {
        setting = rechecks.setting();
        dueDay.setValue(setting.getDueDay());
    }

    @Override
    protected RecheckSetting write() {
        return rechecks.setDueDay(setting.getVersion(), dueDay.getValue());
    }
}
