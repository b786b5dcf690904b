package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;

/** 一访: records the visit of one person — the day and what was collected. */
public class VisitDialog extends StepDialog {

    final DatePicker visitedOn = today("step.doneOn", "visit-date");
    final TextArea collected = textArea("step.visit.note", "visit-note");
    private final transient FiveSteps fiveSteps;
    private final Person person;

    public VisitDialog(FiveSteps fiveSteps, Person person, Today today) {
        super("step.visit.record", person.getName(), "save-visit", today);
        this.fiveSteps = fiveSteps;
        this.person = person;
        errors.bind("doneOn", visitedOn).bind("note", collected);
        addFields(visitedOn);
        addWide(collected);
    }

    @Override
    void submit() {
        fiveSteps.recordVisit(person.getId(), visitedOn.getValue(), collected.getValue());
    }
}
