package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.RecheckEntry;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.outflow.Rechecks;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;

/** Marks a person of the list as returned on a day, which closes their trip (返回注销). */
class ReturnDayDialog extends FormDialog<RecheckEntry> {

    final DatePicker returnDay = required("returnDay", new DatePicker());
    private final transient Rechecks rechecks;
    private final RecheckEntry entry;
    private final String note;

    ReturnDayDialog(Rechecks rechecks, RecheckEntry entry, String note, Today today) {
        super("save-return-day");
        this.rechecks = rechecks;
        this.entry = entry;
        this.note = note;
        setHeaderTitle(getTranslation("recheck.returned.title", entry.getPerson().getName()));
        returnDay.setLabel(getTranslation("outflow.returnDay"));
        returnDay.setId("recheck-return-day");
        returnDay.setMax(today.date());
        returnDay.setValue(today.date());
        field("result", returnDay);
        addFields(returnDay);
    }

    @Override
    protected RecheckEntry write() {
        return rechecks.mark(entry.getListId(), entry.getPerson().getId(), entry.getVersion(), RecheckResult.RETURNED,
                note, returnDay.getValue());
    }
}
