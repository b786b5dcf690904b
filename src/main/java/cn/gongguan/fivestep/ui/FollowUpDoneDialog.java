package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUpOutcome;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.Today;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** 三跟踪: records a scheduled follow-up as done — the day, its outcome from the list, and an optional sealed note. */
class FollowUpDoneDialog extends StepDialog {

    final DatePicker doneOn = today("followUp.doneOn", "follow-up-done-on");
    final Select<FollowUpOutcome> outcome;
    final TextArea note = sealedNote("followUp.note", "follow-up-note");
    private final transient FollowUps followUps;
    private final FollowUp followUp;

    FollowUpDoneDialog(FollowUps followUps, FollowUp followUp, String personName, Today today) {
        super("followUp.complete", personName, "save-follow-up-result", today);
        this.followUps = followUps;
        this.followUp = followUp;
        outcome = choice("followUp.outcome", "follow-up-outcome", FollowUpOutcome.of(followUp.getKind()));
        errors.bind("doneOn", doneOn).bind("outcome", outcome).bind("note", note);
        addWide(new Paragraph(getTranslation(followUp.getKind().labelKey()) + " · " + followUp.getPlan()));
        addFields(doneOn, outcome);
        addWide(note);
    }

    @Override
    void submit() {
        followUps.complete(followUp.getId(), followUp.getVersion(), doneOn.getValue(), outcome.getValue(), note.getValue());
    }
}
