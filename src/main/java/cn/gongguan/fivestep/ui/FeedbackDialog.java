package cn.gongguan.fivestep.ui;

import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.registry.Person;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * 五反馈: sends a person's situation to the township and the household-registration place — the outcome from the
 * list, and an optional sealed note.
 */
class FeedbackDialog extends StepDialog {

    final Select<FeedbackOutcome> outcome = choice("feedback.outcome", "feedback-outcome",
            List.of(FeedbackOutcome.values()));
    final TextArea note = sealedNote("feedback.note", "feedback-note");
    private final transient Feedbacks feedbacks;
    private final Person person;

    FeedbackDialog(Feedbacks feedbacks, Person person) {
        super("feedback.send", person.getName(), "save-feedback");
        this.feedbacks = feedbacks;
        this.person = person;
        save.setText(getTranslation("feedback.sendButton"));
        errors.bind("outcome", outcome).bind("note", note);
        addWide(new Paragraph(getTranslation("feedback.intro")));
        addFields(outcome);
        addWide(note);
    }

    @Override
    void submit() {
        feedbacks.send(person.getId(), outcome.getValue(), note.getValue());
    }
}
