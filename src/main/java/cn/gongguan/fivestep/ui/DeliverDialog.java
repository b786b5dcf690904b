package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** 二送: records that the service card — and, where due, the certificate notice — reached the person. */
public class DeliverDialog extends StepDialog {

    final DatePicker deliveredOn = today("step.deliver.on", "deliver-date");
    final Checkbox notice = new Checkbox();
    final TextArea note = textArea("step.deliver.note", "deliver-note");
    private final transient FiveSteps fiveSteps;
    private final Person person;

    public DeliverDialog(FiveSteps fiveSteps, Person person, boolean needsNotice, Today today) {
        super("step.deliver.record", person.getName(), "save-delivery", today);
        this.fiveSteps = fiveSteps;
        this.person = person;
        notice.setLabel(getTranslation("step.deliver.noticeDelivered"));
        notice.setId("deliver-notice");
        notice.setVisible(needsNotice);
        note.setMinHeight("4em");
        errors.bind("doneOn", deliveredOn).bind("notice", notice).bind("note", note);
        addWide(new Paragraph(getTranslation("step.deliver.cardDelivered")));
        addFields(deliveredOn, notice);
        addWide(note);
    }

    @Override
    void submit() {
        fiveSteps.recordDelivery(person.getId(), deliveredOn.getValue(), notice.getValue(), note.getValue());
    }
}
