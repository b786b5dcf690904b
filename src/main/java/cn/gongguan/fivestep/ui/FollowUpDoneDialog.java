package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.Today;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** 三跟踪: records a scheduled follow-up as done — the day and its result. */
class FollowUpDoneDialog extends StepDialog {

    final DatePicker doneOn = today("followUp.doneOn", "follow-up-done-on");
    final TextArea result = textArea("followUp.result", "follow-up-result");
    private final transient FollowUps followUps;
    private final FollowUp followUp;

    FollowUpDoneDialog(FollowUps followUps, FollowUp followUp, String personName, Today today) {
        super("followUp.complete", personName, "save-follow-up-result", today);
        this.followUps = followUps;
        this.followUp = followUp;
        errors.bind("doneOn", doneOn).bind("result", result);
        add(new Paragraph(getTranslation(followUp.getKind().labelKey()) + " · " + followUp.getPlan()), doneOn, result);
    }

    @Override
    void submit() {
        followUps.complete(followUp.getId(), followUp.getVersion(), doneOn.getValue(), result.getValue());
    }
}
