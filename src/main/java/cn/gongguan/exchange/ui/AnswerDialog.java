package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * A message read in full — its outcome, and its sealed note behind a reason for those who may open it — and an
 * incoming one not yet answered can be answered here.
 */
class AnswerDialog extends Dialog {

    final TextArea answer = new TextArea();
    final Button save = new Button();

    AnswerDialog(Exchange exchange, Message message, boolean incoming, Places places, Runnable onAnswered) {
        setHeaderTitle(getTranslation(message.kind().labelKey()) + " · " + message.personName());
        setWidth("min(38rem, 100vw)");
        add(new Paragraph(getTranslation("exchange.detail", places.name(message.sender().value()), message.sentBy(),
                        Formats.dateTime(message.sentAt(), getLocale()), places.name(message.addressee()))),
                new Paragraph(getTranslation("exchange.person", message.personName(), message.idNumber().value())),
                new Paragraph(getTranslation("exchange.outcome", getTranslation(message.outcome().labelKey()))));
        SealedNote.of(message.hasNote(), SensitiveReads.mayOpen(), "message-note", List.of(ReadReason.values()),
                reason -> exchange.openNote(message.id(), reason)).ifPresent(this::add);
        Button close = new Button(getTranslation("action.close"), e -> close());
        if (message.isAnswered()) {
            add(new Paragraph(getTranslation("exchange.answered", message.answeredBy(), message.answer())));
            getFooter().add(close);
            return;
        }
        if (!incoming) {
            getFooter().add(close);
            return;
        }
        answer.setLabel(getTranslation("exchange.answer"));
        answer.setId("answer");
        answer.setWidthFull();
        FieldErrors errors = new FieldErrors(this).bind("answer", answer);
        save.setText(getTranslation("exchange.answer.send"));
        save.setId("save-answer");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            try {
                exchange.answer(message.id(), answer.getValue());
                close();
                onAnswered.run();
            } catch (InvalidInputException refusal) {
                errors.show(refusal);
            }
        });
        add(answer);
        getFooter().add(close, save);
    }
}
