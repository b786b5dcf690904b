package cn.gongguan.exchange.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.MessageKind;
import cn.gongguan.exchange.MessageLimits;
import cn.gongguan.exchange.Places;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.SealedNote;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A thread of the exchange read in full: the question, each follow-up, each answer (its result in clear, its text
 * sealed behind a reason) and the closing; a notice with its text, marked read when its addressee opens it, and its
 * receipts for the sender. Below, what the user may do next: the addressee answers the question waiting — with the
 * result its kind asks for —, the sender asks again or closes the thread.
 */
public class ThreadDialog extends FormDialog<Message> {

    /** What the form below the thread does. */
    enum Mode { ANSWER, FOLLOW_UP, VIEW }

    final Div rows = new Div();
    final EnumSelect<Labelled> result;
    final TextArea answer = area(MessageLimits.ANSWER, "exchange.answer");
    final TextArea followUp = field("note", TextFields.area(MessageLimits.ANSWER, "exchange.followUp"));
    final Button close = new Button();
    final Mode mode;
    private final transient Exchange exchange;
    private final transient Places places;
    private final LocalDate today;
    private final Message root;
    private final Message waiting;

    public ThreadDialog(Exchange exchange, Places places, long id, LocalDate today) {
        super("save-thread");
        this.exchange = exchange;
        this.places = places;
        this.today = today;
        String me = TenantContext.current().value();
        List<Message> thread = exchange.thread(id);
        Message opened = thread.stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        if (opened.kind() == MessageKind.NOTICE && opened.addressee().equals(me) && opened.readAt() == null) {
            exchange.markRead(id);
        }
        this.root = thread.getFirst();
        this.waiting = thread.stream().filter(m -> m.addressee().equals(me) && m.kind().isAnswered()
                && !m.isAnswered() && !m.isClosed()).findFirst().orElse(null);
        setHeaderTitle(getTranslation(root.kind().labelKey()) + " · "
                + (root.kind() == MessageKind.NOTICE ? root.title() : root.personName()));
        rows.setId("thread-rows");
        addWide(rows);
        show(thread);
        Class<? extends Labelled> resultType = waiting == null ? null : Exchange.resultType(waiting);
        result = new EnumSelect<>("exchange.result", resultType == null ? List.of()
                : Arrays.asList(resultType.getEnumConstants()));
        result.setId("answer-result");
        field("result", result);
        answer.setId("answer");
        followUp.setId("follow-up");
        close.setId("close-thread");
        close.setText(getTranslation("exchange.close"));
        close.setVisible(false);
        boolean sender = root.sender().equals(me);
        if (waiting != null && Exchange.mayAnswer()) {
            mode = Mode.ANSWER;
            save.setText(getTranslation("exchange.answer.send"));
            if (resultType != null) {
                result.setRequiredIndicatorVisible(true);
                addFields(result);
            }
            addWide(answer);
            // answered by someone else meanwhile: the reload shows their answer in place of the form
            reloadWith(() -> {
                List<Message> now = exchange.thread(id);
                show(now);
                if (now.stream().anyMatch(m -> m.id() == waiting.id() && (m.isAnswered() || m.isClosed()))) {
                    result.setVisible(false);
                    answer.setVisible(false);
                    viewOnly();
                }
            });
        } else if (sender && root.kind().isAnswered() && !root.isClosed() && Exchange.mayAnswer()) {
            mode = Mode.FOLLOW_UP;
            save.setText(getTranslation("exchange.followUp.send"));
            addWide(followUp);
            close.setVisible(true);
            close.addClickListener(e -> save(() -> {
                exchange.close(root.id());
                return root;
            }));
            getFooter().addComponentAtIndex(0, close);
            reloadWith(() -> show(exchange.thread(id)));
        } else {
            mode = Mode.VIEW;
            viewOnly();
        }
    }

    @Override
    protected Message write() {
        if (mode == Mode.ANSWER) {
            exchange.answer(waiting.id(), result.getValue(), answer.getValue());
            return waiting;
        }
        exchange.followUp(root.id(), followUp.getValue());
        return root;
    }

    /** Shows every row of the thread, oldest first; a notice once, with its receipts for the sender. */
    private void show(List<Message> thread) {
        rows.removeAll();
        for (Message message : root.kind() == MessageKind.NOTICE ? thread.subList(0, 1) : thread) {
            rows.add(row(message));
        }
        if (root.kind() == MessageKind.NOTICE && root.sender().equals(TenantContext.current().value())) {
            rows.add(receipts());
        }
        Message first = thread.getFirst();
        if (first.isClosed()) {
            Paragraph closed = new Paragraph(getTranslation("exchange.closedBy", first.closedBy(),
                    Formats.dateTime(first.closedAt(), getLocale())));
            closed.setId("thread-closed");
            rows.add(closed);
        }
    }

    private Div row(Message message) {
        Div row = new Div();
        row.setId("thread-row-" + message.id());
        row.addClassName("gg-section");
        String label = message.kind() == MessageKind.NOTICE ? "exchange.kind.NOTICE"
                : message.threadId() == null ? "exchange.question" : "exchange.followUp.short";
        row.add(new H4(getTranslation(label)));
        row.add(new Paragraph(getTranslation("exchange.detail", places.name(message.sender()), message.sentBy(),
                Formats.dateTime(message.sentAt(), getLocale()), places.name(message.addressee()))));
        if (message.kind() == MessageKind.NOTICE) {
            Paragraph text = new Paragraph(message.noticeText());
            text.getStyle().set("white-space", "pre-wrap");
            row.add(text);
            return row;
        }
        row.add(new Paragraph(getTranslation("exchange.person", message.personName(), message.idNumber().value())));
        if (message.topic() != null) {
            row.add(new Paragraph(getTranslation("exchange.topicLine", getTranslation(message.topic().labelKey()),
                    getTranslation(message.urgency().labelKey()))));
        }
        if (message.outcome() != null) {
            row.add(new Paragraph(getTranslation("exchange.outcome", getTranslation(message.outcome().labelKey()))));
        }
        row.add(new Paragraph(getTranslation("exchange.dueLine", message.due().due().toString()
                + (message.due().provisional() ? " " + getTranslation("deadline.provisional") : ""))));
        SealedNote.of(message.hasNote(), SensitiveReads.mayOpen(), "message-note-" + message.id(),
                List.of(ReadReason.values()), reason -> exchange.openNote(message.id(), reason)).ifPresent(row::add);
        if (message.isAnswered()) {
            row.add(new Paragraph(getTranslation("exchange.answered", message.answeredBy(),
                    message.legacyAnswer() == null ? "" : message.legacyAnswer())));
            if (message.result() != null) {
                row.add(new Paragraph(getTranslation("exchange.resultLine", resultLabel(message))));
            }
            SealedNote.of(message.hasAnswerText(), SensitiveReads.mayOpen(), "message-answer-" + message.id(),
                    List.of(ReadReason.values()), reason -> exchange.openAnswer(message.id(), reason))
                    .ifPresent(row::add);
        } else {
            row.add(StateBadge.of(message, message.state(today, places.isTenant(message.addressee())),
                    getTranslation("exchange.answeredShort")));
        }
        return row;
    }

    /** The stored result in the user's language, whichever kind of result the message has. */
    private String resultLabel(Message message) {
        Class<? extends Labelled> type = Exchange.resultType(message);
        if (type == null && message.kind() == MessageKind.FEEDBACK) {
            type = FeedbackOutcome.class; // a place outside this system replying to feedback, through the national files
        }
        if (type == null) {
            return message.result();
        }
        return Arrays.stream(type.getEnumConstants()).filter(value -> ((Enum<?>) value).name().equals(message.result()))
                .findFirst().map(value -> getTranslation(value.labelKey())).orElse(message.result());
    }

    /** Who has read the notice, when, and who not yet. */
    private Div receipts() {
        Div receipts = new Div();
        receipts.setId("notice-receipts");
        receipts.add(new H4(getTranslation("exchange.receipts")));
        for (Exchange.Receipt receipt : exchange.receipts(root.id())) {
            receipts.add(new Paragraph(receipt.readAt() == null
                    ? getTranslation("exchange.receipt.unread", places.name(receipt.addressee()))
                    : getTranslation("exchange.receipt.read", places.name(receipt.addressee()), receipt.readBy(),
                    Formats.dateTime(receipt.readAt(), getLocale()))));
        }
        return receipts;
    }
}
