package cn.gongguan.fivestep.ui;

import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.registry.Person;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** 五反馈: sends a person's marriage-and-childbearing situation to the township and the household-registration place. */
class FeedbackDialog extends StepDialog {

    final TextArea situation = textArea("feedback.situation", "feedback-situation");
    private final transient Feedbacks feedbacks;
    private final Person person;

    FeedbackDialog(Feedbacks feedbacks, Person person) {
        super("feedback.send", person.getName(), "save-feedback");
        this.feedbacks = feedbacks;
        this.person = person;
        save.setText(getTranslation("feedback.sendButton"));
        errors.bind("situation", situation);
        add(new Paragraph(getTranslation("feedback.intro")), situation);
    }

    @Override
    void submit() {
        feedbacks.send(person.getId(), situation.getValue());
    }
}
