package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageLimits;
import cn.gongguan.exchange.Places;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * A message read in full — its outcome, and its sealed note behind a reason for those who may open it — and an
 * incoming one not yet answered can be answered here.
 */
class AnswerDialog extends FormDialog<Message> {

    final TextArea answer = area(MessageLimits.ANSWER, "exchange.answer");
    private final transient Exchange exchange;
    private final Message message;

    AnswerDialog(Exchange exchange, Message message, boolean incoming, Places places) {
        super("save-answer");
        this.exchange = exchange;
        this.message = message;
        setHeaderTitle(getTranslation(message.kind().labelKey()) + " · " + message.personName());
        answer.setId("answer");
        save.setText(getTranslation("exchange.answer.send"));
        addWide(new Paragraph(getTranslation("exchange.detail", places.name(message.sender()),
                message.sentBy(), Formats.dateTime(message.sentAt(), getLocale()), places.name(message.addressee()))));
        addWide(new Paragraph(getTranslation("exchange.person", message.personName(), message.idNumber().value())));
        addWide(new Paragraph(getTranslation("exchange.outcome", getTranslation(message.outcome().labelKey()))));
        SealedNote.of(message.hasNote(), SensitiveReads.mayOpen(), "message-note", List.of(ReadReason.values()),
                reason -> exchange.openNote(message.id(), reason)).ifPresent(this::addWide);
        if (message.isAnswered()) {
            showAnswered(message);
        } else if (!incoming) {
            viewOnly();
        } else {
            addWide(answer);
            // answered by someone else meanwhile: the reload shows their answer in place of the form
            reloadWith(() -> exchange.incoming(message.id()).filter(Message::isAnswered).ifPresent(answered -> {
                answer.setVisible(false);
                showAnswered(answered);
            }));
        }
    }

    private void showAnswered(Message answered) {
        addWide(new Paragraph(getTranslation("exchange.answered", answered.answeredBy(),
                answered.legacyAnswer() == null ? "" : answered.legacyAnswer())));
        SealedNote.of(answered.hasAnswerText(), SensitiveReads.mayOpen(), "message-answer", List.of(ReadReason.values()),
                reason -> exchange.openAnswer(answered.id(), reason)).ifPresent(this::addWide);
        viewOnly();
    }

    @Override
    protected Message write() {
        exchange.answer(message.id(), answer.getValue());
        return message;
    }
}
