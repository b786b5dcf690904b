package cn.gongguan.reference.ui;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.reference.WorkingDays;
import cn.gongguan.reference.WorkingDays.ChangeRequest;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * The county's security administrator decides the changes of published years: each shows the days requested next to
 * the days in force, to approve or reject.
 */
class PendingChanges extends VerticalLayout {

    private final transient WorkingDays workingDays;
    private final FieldErrors errors = new FieldErrors(this);

    PendingChanges(WorkingDays workingDays) {
        this.workingDays = workingDays;
        setPadding(false);
        refresh();
    }

    /** Fired after a decision, so the view reads the years in force again. */
    static class DecidedEvent extends ComponentEvent<PendingChanges> {
        DecidedEvent(PendingChanges source) {
            super(source, false);
        }
    }

    Registration addDecidedListener(ComponentEventListener<DecidedEvent> listener) {
        return addListener(DecidedEvent.class, listener);
    }

    private void refresh() {
        removeAll();
        add(new H3(getTranslation("calendar.changes")));
        List<ChangeRequest> changes = workingDays.openChanges();
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("calendar.changes.none")));
        }
        changes.forEach(change -> add(card(change)));
    }

    private VerticalLayout card(ChangeRequest change) {
        String year = String.valueOf(change.year());
        DaysGrid requested = new DaysGrid();
        requested.setId("calendar-requested-" + year);
        requested.setItems(change.days());
        DaysGrid inForce = new DaysGrid();
        inForce.setId("calendar-in-force-" + year);
        inForce.setItems(workingDays.daysOf(change.year()));
        HorizontalLayout grids = new HorizontalLayout(labelled("calendar.change.requested", requested),
                labelled("calendar.change.inForce", inForce));
        grids.setWidthFull();
        grids.setWrap(true);
        Button approve = new Button(getTranslation("calendar.change.approve"),
                e -> decide(() -> workingDays.approve(change.id()), "calendar.change.approved", year));
        approve.setId("calendar-approve-" + year);
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(getTranslation("calendar.change.reject"),
                e -> decide(() -> workingDays.reject(change.id()), "calendar.change.rejected", year));
        reject.setId("calendar-reject-" + year);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        VerticalLayout card = new VerticalLayout(new H4(getTranslation("calendar.change.title", year, change.source(),
                change.requestedBy(), Formats.dateTime(change.requestedAt(), getLocale()))), grids,
                new HorizontalLayout(approve, reject));
        card.setPadding(false);
        return card;
    }

    private VerticalLayout labelled(String key, DaysGrid grid) {
        VerticalLayout column = new VerticalLayout(new H5(getTranslation(key)), grid);
        column.setPadding(false);
        column.setWidth("28rem");
        return column;
    }

    /** A change decided meanwhile by someone else is refused; either way the list shows what is still open. */
    private void decide(Runnable decision, String doneKey, String year) {
        try {
            decision.run();
            Notification.show(getTranslation(doneKey, year));
        } catch (InvalidInputException refusal) {
            errors.show(refusal);
        }
        refresh();
        fireEvent(new DecidedEvent(this));
    }
}
