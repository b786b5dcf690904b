package cn.gongguan.counter.ui;

import cn.gongguan.counter.Counter;
import cn.gongguan.counter.CounterService;
import cn.gongguan.counter.CounterVisit;
import cn.gongguan.counter.CounterVisits;
import cn.gongguan.counter.Due;
import cn.gongguan.exchange.Exchange;
import cn.gongguan.exchange.Places;
import cn.gongguan.exchange.ui.ThreadDialog;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.ui.DeliverDialog;
import cn.gongguan.fivestep.ui.VisitDialog;
import cn.gongguan.outflow.sixones.Certificates;
import cn.gongguan.outflow.sixones.HealthServices;
import cn.gongguan.outflow.ui.CertificateDialog;
import cn.gongguan.outflow.ui.HealthServiceDialog;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.ui.PersonDialog;
import cn.gongguan.security.ReadReason;
import cn.gongguan.security.SensitiveReads;
import cn.gongguan.uikit.ChecklistCard;
import cn.gongguan.uikit.FormDialog;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.SealedNote;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The person found at the counter: who it is, what is due for them — each with the dialog of the feature that does it,
 * the same as on their page — and the services given at the counter, with the button that records one. Every change
 * re-reads what is due; a certificate issued or checked from here is logged as a service at the counter.
 */
class PersonPanel extends Div {

    /** Makes the panels; holds the services they work with. */
    @org.springframework.stereotype.Component
    static class Factory {

        private final Counter counter;
        private final CounterVisits visits;
        private final PersonRegistry registry;
        private final Certificates certificates;
        private final HealthServices healthServices;
        private final FiveSteps fiveSteps;
        private final Exchange exchange;
        private final Places places;
        private final OrgUnits orgUnits;
        private final ObjectProvider<PersonDialog> personDialogs;
        private final Today today;

        Factory(Counter counter, CounterVisits visits, PersonRegistry registry, Certificates certificates,
                HealthServices healthServices, FiveSteps fiveSteps, Exchange exchange, Places places,
                OrgUnits orgUnits, ObjectProvider<PersonDialog> personDialogs, Today today) {
            this.counter = counter;
            this.visits = visits;
            this.registry = registry;
            this.certificates = certificates;
            this.healthServices = healthServices;
            this.fiveSteps = fiveSteps;
            this.exchange = exchange;
            this.places = places;
            this.orgUnits = orgUnits;
            this.personDialogs = personDialogs;
            this.today = today;
        }

        /**
         * The panel of the person; {@code next} clears it for the next person, {@code ready} readies the lookup
         * field again once a dialog opened from the panel closed.
         */
        PersonPanel create(Person person, Runnable next, Runnable ready) {
            return new PersonPanel(this, person, next, ready);
        }
    }

    final Div due = new Div();
    final Div served = new Div();
    private final Paragraph facts = new Paragraph();
    private final H3 name = new H3();
    private final transient Factory f;
    private final Runnable ready;
    private Person person;

    private PersonPanel(Factory factory, Person person, Runnable next, Runnable ready) {
        this.f = factory;
        this.person = person;
        this.ready = ready;
        setId("counter-person");
        addClassNames("gg-section", "gg-counter-person");
        Anchor page = new Anchor("persons/" + person.getId(), getTranslation("counter.openPage"));
        page.setId("counter-person-page");
        HorizontalLayout header = new HorizontalLayout(name, page);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        facts.setId("counter-person-facts");
        facts.addClassName("gg-facts");
        due.setId("counter-due");
        due.addClassNames("gg-checklist", "gg-counter-due");
        served.setId("counter-served");
        Button record = new Button(getTranslation("counter.record"), VaadinIcon.CHECK.create(),
                e -> open(new ServiceDialog(f.visits, person)));
        record.setId("counter-record-service");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button nextPerson = new Button(getTranslation("counter.next"), VaadinIcon.ARROW_FORWARD.create(),
                e -> next.run());
        nextPerson.setId("counter-next");
        HorizontalLayout actions = new HorizontalLayout(record, nextPerson);
        actions.setWrap(true);
        add(header, facts, new H4(getTranslation("counter.due.title")), due, actions,
                new H4(getTranslation("counter.served.title")), served);
        refresh();
    }

    /** Re-reads the person, what is due for them and what was done for them at the counter. */
    void refresh() {
        person = f.registry.find(person.getId()).orElseThrow();
        name.setText(person.getName());
        facts.setText(String.join(" · ", person.getIdNumber().masked(), getTranslation(person.getFlowType().labelKey()),
                person.getOrgUnit() == null ? getTranslation("person.noOrgUnit")
                        : f.orgUnits.names().getOrDefault(person.getOrgUnit(), person.getOrgUnit()),
                getTranslation("person.from", f.places.name(person.getRegistrationPlace()))));
        due.removeAll();
        List<Due> items = f.counter.due(person.getId());
        if (items.isEmpty()) {
            Paragraph nothing = new Paragraph(getTranslation("counter.due.none"));
            nothing.setId("counter-nothing-due");
            due.add(nothing);
        }
        items.forEach(item -> due.add(card(item)));
        served.removeAll();
        List<CounterVisit> log = f.visits.of(person.getId());
        if (log.isEmpty()) {
            served.add(new Paragraph(getTranslation("counter.served.none")));
        }
        log.forEach(visit -> served.add(servedRow(visit)));
    }

    private ChecklistCard card(Due item) {
        String id = "counter-due-" + item.kind().name().toLowerCase()
                + (item.message() == null ? "" : "-" + item.message().id());
        String state = item.overdue() ? getTranslation("counter.due.overdue")
                : item.day() == null ? getTranslation("step.open")
                : getTranslation("counter.due.by", Formats.date(item.day()));
        ChecklistCard card = new ChecklistCard(id, new H4(getTranslation(item.kind().labelKey())),
                item.overdue() ? ChecklistCard.State.OVERDUE : ChecklistCard.State.OPEN, state);
        LocalDate today = f.today.date();
        if (item.certificate() != null) {
            card.body(new Paragraph(getTranslation("counter.certificate." + item.certificate().state().name(),
                    Formats.date(item.certificate().validUntil()))));
        }
        return switch (item.kind()) {
            case ISSUE_CERTIFICATE -> card.actions(action("counter-issue-certificate", "sixOnes.certificate.issue",
                    () -> open(new CertificateDialog(f.certificates, f.today, person), CounterService.CERTIFICATE_ISSUED)));
            case CHECK_CERTIFICATE -> card.body(new Paragraph(getTranslation("counter.check.hint")))
                    .actions(action("counter-check-certificate", "counter.check", this::checkCertificate));
            case VISIT -> card.actions(action("counter-record-visit", "step.visit.record",
                    () -> open(new VisitDialog(f.fiveSteps, person, f.today))));
            case DELIVERY -> {
                boolean notice = FiveSteps.needsNotice(person, today);
                if (notice) {
                    card.body(new Paragraph(getTranslation("step.deliver.noticeNeeded")));
                }
                yield card.actions(print("card", "print.card.title"), notice ? print("notice", "print.notice.title")
                        : new Span(), action("counter-record-delivery", "step.deliver.record",
                        () -> open(new DeliverDialog(f.fiveSteps, person, notice, f.today))));
            }
            case HEALTH_SERVICE -> card.actions(action("counter-record-health-service", "sixOnes.service.record",
                    () -> open(new HealthServiceDialog(f.healthServices, f.today, person.getId(), person.getName()))));
            case MESSAGE -> card.body(new Paragraph(String.join(" · ",
                            getTranslation(item.message().kind().labelKey()), f.places.name(item.message().sender()),
                            Formats.dateTime(item.message().sentAt(), getLocale()))))
                    .actions(action("counter-open-message-" + item.message().id(), "counter.message.open",
                            () -> openThread(item.message().id())));
        };
    }

    /** The certificate an inflow person shows is recorded on their registry record, in the registry's own form. */
    private void checkCertificate() {
        PersonDialog dialog = f.personDialogs.getObject();
        dialog.addSavedListener(saved -> {
            if (saved.saved().isCertificateChecked()) {
                f.visits.record(person.getId(), CounterService.CERTIFICATE_CHECKED, null);
            }
            refresh();
        });
        readyAfter(dialog);
        dialog.openEdit(person);
    }

    private void openThread(long messageId) {
        ThreadDialog dialog = new ThreadDialog(f.exchange, f.places, messageId, f.today.date());
        dialog.addSavedListener(saved -> refresh());
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                refresh();
                ready.run();
            }
        });
        dialog.open();
    }

    private Component servedRow(CounterVisit visit) {
        Span what = new Span(getTranslation(visit.getService().labelKey()));
        Span when = new Span(Formats.dateTime(visit.getServedAt(), getLocale()) + " · " + visit.getServedBy());
        when.addClassName("gg-muted");
        HorizontalLayout row = new HorizontalLayout(what, when);
        row.setWrap(true);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.addClassName("gg-counter-served-row");
        SealedNote.of(visit.hasNote(), SensitiveReads.mayOpen(), "counter-note-" + visit.getId(),
                Arrays.asList(ReadReason.values()), reason -> f.visits.openNote(visit.getId(), reason))
                .ifPresent(row::add);
        return row;
    }

    private Button action(String id, String textKey, Runnable run) {
        Button button = new Button(getTranslation(textKey), e -> run.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Anchor print(String what, String textKey) {
        Anchor link = new Anchor("print/" + what + "/" + person.getId(), "");
        link.setTarget(com.vaadin.flow.component.html.AnchorTarget.BLANK);
        Button button = new Button(getTranslation(textKey), VaadinIcon.PRINT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.add(button);
        return link;
    }

    private void open(FormDialog<?> dialog) {
        dialog.addSavedListener(saved -> refresh());
        readyAfter(dialog);
        dialog.open();
    }

    /** Once the dialog closes, saved or not, the next scan goes to the lookup field again. */
    private void readyAfter(FormDialog<?> dialog) {
        dialog.addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                ready.run();
            }
        });
    }

    /** Opens a feature's dialog; what it saved is also logged as the service given at the counter. */
    private void open(FormDialog<?> dialog, CounterService logged) {
        dialog.addSavedListener(saved -> {
            f.visits.record(person.getId(), logged, null);
            refresh();
        });
        readyAfter(dialog);
        dialog.open();
    }
}
