package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** 三跟踪: schedules a follow-up of a person — its kind, its day and what is planned — for the current user. */
class FollowUpDialog extends StepDialog {

    final Select<FollowUpKind> kind = new Select<>();
    final DatePicker dueOn = new DatePicker();
    final TextArea plan = textArea("followUp.plan", "follow-up-plan");
    private final transient FollowUps followUps;
    private final Person person;

    FollowUpDialog(FollowUps followUps, Person person, Runnable onScheduled) {
        super("followUp.schedule", person.getName(), "save-follow-up", onScheduled);
        this.followUps = followUps;
        this.person = person;
        kind.setLabel(getTranslation("followUp.kind"));
        kind.setItems(FollowUpKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("follow-up-kind");
        dueOn.setLabel(getTranslation("followUp.dueOn"));
        dueOn.setMin(LocalDate.now(Formats.ZONE));
        dueOn.setId("follow-up-due");
        errors.bind("kind", kind).bind("dueOn", dueOn).bind("plan", plan);
        add(kind, dueOn, plan);
    }

    @Override
    void submit() {
        followUps.schedule(person.getId(), kind.getValue(), dueOn.getValue(), plan.getValue());
    }
}
