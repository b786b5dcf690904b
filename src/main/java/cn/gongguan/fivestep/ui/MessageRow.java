package cn.gongguan.fivestep.ui;

import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.ui.StateBadge;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A feedback message in a person's checklist: to which place, what it reported (its sealed note behind a reason for
 * those who may open it), when it is due, and whether it was answered. A place
 * that does not work in this system is reached through the national platform's files: such a message shows where it
 * stands in the outbox (waiting for export, exported in batch N, acknowledged) instead of overdue, and its answer
 * comes back when the platform's reply file is imported.
 */
final class MessageRow {

    private MessageRow() {
    }

    static HorizontalLayout of(Message message, String placeName, boolean inSystem, LocalDate today,
                               Function<ReadReason, String> openNote) {
        HorizontalLayout row = new HorizontalLayout();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-message");
        Span to = new Span(row.getTranslation("feedback.to", placeName));
        Span outcome = new Span(row.getTranslation(message.outcome().labelKey()));
        outcome.getElement().getThemeList().add("badge");
        Span due = new Span(row.getTranslation("feedback.answerDue", message.due().due().toString())
                + (message.due().provisional() ? " " + row.getTranslation("deadline.provisional") : ""));
        Span state = StateBadge.of(message, message.state(today, inSystem),
                row.getTranslation("exchange.answered", message.answeredBy(),
                        message.legacyAnswer() == null ? "" : message.legacyAnswer()));
        row.add(to, outcome);
        SealedNote.of(message.hasNote(), SensitiveReads.mayOpen(), "message-note-" + message.id(),
                List.of(ReadReason.values()), openNote).ifPresent(row::add);
        row.add(due, state);
        return row;
    }
}
