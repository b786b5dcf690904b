package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FollowUpKind;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.uikit.EnumSelect;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** 三跟踪: schedules a follow-up of a person — its kind, its day and what is planned — for the current user. */
class FollowUpDialog extends StepDialog {

    final EnumSelect<FollowUpKind> kind = new EnumSelect<>("followUp.kind", FollowUpKind.values());
    final DatePicker dueOn = new DatePicker();
    final TextArea plan = textArea("followUp.plan", "follow-up-plan");
    private final transient FollowUps followUps;
    private final Person person;

    FollowUpDialog(FollowUps followUps, Person person, Today today) {
        super("followUp.schedule", person.getName(), "save-follow-up", today);
        this.followUps = followUps;
        this.person = person;
        kind.setRequiredIndicatorVisible(true);
        kind.setId("follow-up-kind");
        dueOn.setLabel(getTranslation("followUp.dueOn"));
        dueOn.setRequiredIndicatorVisible(true);
        dueOn.setMin(today.date());
        dueOn.setId("follow-up-due");
        errors.bind("kind", kind).bind("dueOn", dueOn).bind("plan", plan);
        addFields(kind, dueOn);
        addWide(plan);
    }

    @Override
    void submit() {
        followUps.schedule(person.getId(), kind.getValue(), dueOn.getValue(), plan.getValue());
    }
}
