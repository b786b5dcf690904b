package cn.gongguan.outflow.ui;

import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.FeedbackOutcome;
import cn.gongguan.exchange.IndexTasks;
import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.Origin;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.ui.StateBadge;
import cn.gongguan.outflow.DestinationConfirmations;
import cn.gongguan.outflow.OutflowTrips;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.Today;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.ui.PersonSection;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * On an outflow person's page, what other places said about them: the destination's confirmations of their trips
 * (the person index met them there), the feedback tasks the index sent for this township with the answers given, and
 * every feedback about the person that reached this township (五反馈 attached to the outflow record). Results are in
 * clear; texts are sealed and opened for a reason. Shown for persons registered here who have anything of it.
 */
@org.springframework.stereotype.Component
@Order(11)
class IndexSection implements PersonSection {

    private final OutflowTrips trips;
    private final IndexTasks tasks;
    private final Exchange exchange;
    private final Places places;
    private final Today today;

    IndexSection(OutflowTrips trips, IndexTasks tasks, Exchange exchange, Places places, Today today) {
        this.trips = trips;
        this.tasks = tasks;
        this.exchange = exchange;
        this.places = places;
        this.today = today;
    }

    @Override
    public Optional<Component> create(Person person, Runnable changed) {
        if (!TenantContext.current().value().equals(person.getRegistrationPlace())) {
            return Optional.empty();
        }
        List<DestinationConfirmations.Confirmation> confirmations = trips.confirmations(person.getId());
        List<Message> messages = tasks.aboutOutflow(person.getIdNumber());
        if (confirmations.isEmpty() && messages.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("index-confirmations");
        section.addClassName("gg-section");
        section.add(new H3(section.getTranslation("index.section")));
        for (DestinationConfirmations.Confirmation confirmation : confirmations) {
            Paragraph line = new Paragraph();
            line.setText(line.getTranslation(confirmation.filledIn() ? "index.confirmed.filledIn" : "index.confirmed",
                    places.name(confirmation.place()), Formats.dateTime(confirmation.confirmedAt(), UI.getCurrent().getLocale())));
            line.setId("confirmation-" + confirmation.messageId());
            line.addClassName("gg-index-confirmation");
            section.add(line);
        }
        LocalDate day = today.date();
        messages.forEach(message -> section.add(row(message, day)));
        return Optional.of(section);
    }

    /**
     * A task the index sent for this township (with its answer), a task it owes (an intra-county mover's), or a
     * feedback that reached it.
     */
    private Component row(Message message, LocalDate day) {
        HorizontalLayout row = new HorizontalLayout();
        row.setId("index-message-" + message.id());
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-message");
        boolean task = message.origin() == Origin.MATCH && message.sender().equals(TenantContext.current().value());
        if (task) {
            row.add(new Span(row.getTranslation("index.task.sent", places.name(message.addressee()),
                    message.due().due().toString())));
            row.add(StateBadge.of(message.state(day, true), row.getTranslation("exchange.answeredShort")));
            if (message.result() != null) {
                row.add(badge(row.getTranslation(FeedbackOutcome.valueOf(message.result()).labelKey())));
            }
            SealedNote.of(message.hasAnswerText(), SensitiveReads.mayOpen(), "index-answer-" + message.id(),
                    List.of(ReadReason.values()), reason -> exchange.openAnswer(message.id(), reason))
                    .ifPresent(row::add);
        } else if (message.origin() == Origin.MATCH) {
            // an intra-county mover's task the other way: this township owes the place that holds them feedback
            row.add(new Span(row.getTranslation("index.task.owed.inbox", places.name(message.sender()),
                    message.due().due().toString())));
            row.add(StateBadge.of(message.state(day, true), row.getTranslation("exchange.answeredShort")));
        } else {
            row.add(new Span(row.getTranslation("index.feedback.from", places.name(message.sender()),
                    Formats.dateTime(message.sentAt(), UI.getCurrent().getLocale()))));
            if (message.outcome() != null) {
                row.add(badge(row.getTranslation(message.outcome().labelKey())));
            }
            SealedNote.of(message.hasNote(), SensitiveReads.mayOpen(), "index-note-" + message.id(),
                    List.of(ReadReason.values()), reason -> exchange.openNote(message.id(), reason))
                    .ifPresent(row::add);
        }
        return row;
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        return badge;
    }
}
