package cn.gongguan.outflow.ui;

import cn.gongguan.outflow.OutflowTrip;
import cn.gongguan.outflow.RecheckEntry;
import cn.gongguan.outflow.RecheckLimits;
import cn.gongguan.outflow.RecheckResult;
import cn.gongguan.reference.Division;
import cn.gongguan.reference.Divisions;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.TextFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One person of a re-check list, sized for a phone: who, where they went and how to reach them there, what was found
 * so far, a note, and one big button per result. A refusal of the mark shows at the note, on this person's card.
 */
class RecheckCard extends Div {

    final TextField note;
    final Map<RecheckResult, Button> buttons = new EnumMap<>(RecheckResult.class);
    final FieldErrors errors = new FieldErrors(this);
    private final RecheckEntry entry;

    /** {@code onMark} receives the card and the result tapped; {@code open} says whether the list is still marked. */
    RecheckCard(RecheckEntry entry, Divisions divisions, boolean open, BiConsumer<RecheckCard, RecheckResult> onMark) {
        this.entry = entry;
        long personId = entry.getPerson().getId();
        setId("recheck-card-" + personId);
        addClassName("gg-recheck-card");
        OutflowTrip trip = entry.getTrip();
        Span who = new Span(entry.getPerson().getName());
        who.addClassName("gg-recheck-who");
        Span id = new Span(entry.getPerson().getIdNumber().masked());
        id.addClassName("gg-recheck-id");
        String destination = TripFields.destinationName(divisions, trip.getDestination(), this);
        Div where = new Div(getTranslation("recheck.card.trip", trip.getDepartureDay().toString(), destination)
                + (trip.getDestinationAddress() == null ? "" : " · " + trip.getDestinationAddress()));
        where.addClassName("gg-recheck-where");
        add(who, id, where);
        if (trip.getDestinationPhone() != null) {
            Anchor call = new Anchor("tel:" + trip.getDestinationPhone(),
                    getTranslation("recheck.card.call", trip.getDestinationPhone()));
            call.addClassName("gg-recheck-call");
            add(call);
        }
        Span state = new Span(entry.isMarked()
                ? getTranslation("recheck.card.marked", getTranslation(entry.getResult().labelKey()),
                        entry.getMarkedBy(), Formats.dateTime(entry.getMarkedAt(), getLocale()))
                : getTranslation("recheck.card.unmarked"));
        state.setId("recheck-state-" + personId);
        state.getElement().setAttribute("theme", "badge " + (!entry.isMarked() ? "contrast"
                : entry.getResult().finding().isPresent() ? "error" : "success"));
        add(state);
        if (entry.isDiscovered()) {
            Span discovered = new Span(getTranslation("outflow.source.RECHECK"));
            discovered.getElement().setAttribute("theme", "badge");
            add(discovered);
        }
        note = TextFields.text(RecheckLimits.NOTE, "recheck.note");
        note.setId("recheck-note-" + personId);
        note.setWidthFull();
        note.setValue(entry.getNote() == null ? "" : entry.getNote());
        errors.bind("note", note).bind("result", note).bind("person", note).bind("returnDay", note);
        Div actions = new Div();
        actions.addClassName("gg-recheck-actions");
        for (RecheckResult result : RecheckResult.values()) {
            Button button = new Button(getTranslation(result.labelKey()), e -> onMark.accept(this, result));
            button.setId("mark-" + result.name() + "-" + personId);
            button.addThemeVariants(ButtonVariant.LUMO_LARGE,
                    result == entry.getResult() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
            buttons.put(result, button);
            actions.add(button);
        }
        boolean markable = open && entry.getResult() != RecheckResult.RETURNED;
        note.setVisible(markable);
        actions.setVisible(markable);
        add(note, actions);
    }

    RecheckEntry entry() {
        return entry;
    }
}
