package cn.gongguan.fivestep.ui;

import cn.gongguan.exchange.Message;
import cn.gongguan.exchange.Places;
import cn.gongguan.fivestep.Archive;
import cn.gongguan.fivestep.Archives;
import cn.gongguan.fivestep.Feedbacks;
import cn.gongguan.fivestep.FiveSteps;
import cn.gongguan.fivestep.FollowUp;
import cn.gongguan.fivestep.FollowUps;
import cn.gongguan.fivestep.Step;
import cn.gongguan.fivestep.StepRecord;
import cn.gongguan.platform.Today;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.reference.Deadline;
import cn.gongguan.registry.FlowType;
import cn.gongguan.registry.Person;
import cn.gongguan.registry.PersonRegistry;
import cn.gongguan.registry.ui.PersonDialog;
import cn.gongguan.registry.ui.PersonSection;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.ChecklistCard;
import cn.gongguan.uikit.Formats;
import cn.gongguan.uikit.RevisionList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One person and their five-step checklist: each step shows whether it is done — when and by whom — or still open
 * (or overdue), with the actions that do it. Every change re-reads the checklist.
 */
@Route("persons/:id")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME, Role.VILLAGE_OFFICER_NAME, Role.GROUP_OFFICER_NAME,
        Role.COMMITTEE_CLERK_NAME})
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Div checklist = new Div();
    private final H2 title = new H2();
    private final Paragraph facts = new Paragraph();
    private final transient PersonRegistry registry;
    private final transient FiveSteps fiveSteps;
    private final transient FollowUps followUps;
    private final transient Archives archives;
    private final transient Feedbacks feedbacks;
    private final transient Places places;
    private final transient ObjectProvider<PersonDialog> personDialogs;
    private final transient Today today;
    private final Map<String, String> unitNames;
    final RevisionList history = new RevisionList("person-history", "history.title");
    private final transient PersonFieldText fieldText;
    private final transient List<PersonSection> personSections;
    final Div sections = new Div();
    private Person person;

    PersonView(PersonRegistry registry, FiveSteps fiveSteps, FollowUps followUps, Archives archives,
               Feedbacks feedbacks, Places places, OrgUnits orgUnits, ObjectProvider<PersonDialog> personDialogs,
               ObjectProvider<PersonSection> personSections, Today today) {
        this.today = today;
        this.registry = registry;
        this.fiveSteps = fiveSteps;
        this.followUps = followUps;
        this.archives = archives;
        this.feedbacks = feedbacks;
        this.places = places;
        this.personDialogs = personDialogs;
        this.personSections = personSections.orderedStream().toList();
        this.unitNames = orgUnits.names();
        addClassName("gg-page");
        Button edit = new Button(getTranslation("person.edit"), VaadinIcon.EDIT.create(), e -> edit());
        edit.setId("edit-person");
        Anchor back = new Anchor("registry", getTranslation("person.backToRegistry"));
        HorizontalLayout header = new HorizontalLayout(title, edit);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);
        facts.addClassName("gg-facts");
        facts.setId("person-facts");
        checklist.addClassName("gg-checklist");
        checklist.setId("checklist");
        fieldText = new PersonFieldText(this, places, unitNames);
        sections.setId("person-sections");
        add(back, header, facts, sections, checklist, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Person> found = event.getRouteParameters().getLong("id").flatMap(registry::find);
        if (found.isEmpty()) {
            event.forwardTo("registry");
            Notification.show(getTranslation("person.notFound"));
            return;
        }
        person = found.get();
        refresh();
    }

    /** Re-reads the person and the checklist. */
    void refresh() {
        person = registry.find(person.getId()).orElseThrow();
        LocalDate today = this.today.date();
        title.setText(person.getName());
        facts.setText(String.join(" · ", person.getIdNumber().masked(), getTranslation(person.getSex().labelKey()),
                getTranslation("person.age", person.getBirthDate().until(today).getYears()),
                person.getOrgUnit() == null ? getTranslation("person.noOrgUnit")
                        : unitNames.getOrDefault(person.getOrgUnit(), person.getOrgUnit()),
                getTranslation(person.getFlowType().labelKey()),
                getTranslation("person.from", places.name(person.getRegistrationPlace())),
                getTranslation(person.isCertificateChecked() ? "registry.certificateChecked"
                        : "registry.certificateUnchecked")));
        sections.removeAll();
        personSections.forEach(section -> section.create(person, this::refresh).ifPresent(sections::add));
        // the five steps are the method for persons living here; an outflow person is served through the six ones
        checklist.removeAll();
        checklist.setVisible(person.getFlowType() != FlowType.OUTFLOW);
        history.showEdits(registry.history(person.getId()), fieldText);
        if (!checklist.isVisible()) {
            return;
        }
        Map<Step, Optional<StepRecord>> steps = fiveSteps.checklist(person.getId());
        checklist.add(visit(steps.get(Step.VISIT)), deliver(steps.get(Step.DELIVER), today),
                followUp(steps.get(Step.FOLLOW_UP), today), archive(steps.get(Step.ARCHIVE)),
                feedback(steps.get(Step.FEEDBACK), today));
    }

    private ChecklistCard visit(Optional<StepRecord> done) {
        Button record = primary(getTranslation("step.visit.record"), "record-visit",
                () -> open(new VisitDialog(fiveSteps, person, today)));
        return card(Step.VISIT, done, null).body(note(done)).actions(record);
    }

    private ChecklistCard deliver(Optional<StepRecord> done, LocalDate today) {
        ChecklistCard card = card(Step.DELIVER, done, null);
        done.ifPresent(r -> card.body(new Paragraph(getTranslation(r.getDelivered().labelKey()))));
        card.actions(printLink("card", "print-card", "print.card.title"));
        boolean needsNotice = FiveSteps.needsNotice(person, today);
        if (needsNotice) {
            if (done.isEmpty()) {
                card.body(new Paragraph(getTranslation("step.deliver.noticeNeeded")));
            }
            card.actions(printLink("notice", "print-notice", "print.notice.title"));
        }
        return card.actions(primary(getTranslation("step.deliver.record"), "record-delivery",
                () -> open(new DeliverDialog(fiveSteps, person, needsNotice, this.today))));
    }

    private ChecklistCard followUp(Optional<StepRecord> done, LocalDate today) {
        List<FollowUp> scheduled = followUps.of(person.getId());
        boolean overdue = scheduled.stream().anyMatch(f -> f.isOverdue(today));
        ChecklistCard card = card(Step.FOLLOW_UP, done, overdue ? getTranslation("followUp.overdue") : null);
        for (FollowUp followUp : scheduled) {
            card.body(FollowUpRow.of(followUp, followUps, today,
                    () -> open(new FollowUpDoneDialog(followUps, followUp, person.getName(), this.today))));
        }
        return card.actions(primary(getTranslation("followUp.schedule"), "schedule-follow-up",
                () -> open(new FollowUpDialog(followUps, person, this.today))));
    }

    private ChecklistCard archive(Optional<StepRecord> done) {
        ChecklistCard card = card(Step.ARCHIVE, done, null);
        archives.states(person.getId()).values().forEach(state -> card.body(archiveRow(state)));
        return card;
    }

    private Component archiveRow(Archives.State state) {
        Archive archive = state.archive();
        Span name = new Span(getTranslation(archive.labelKey()));
        Span status = new Span(!state.applies() ? getTranslation("archive.notApplicable.short")
                : state.filled() ? getTranslation("archive.filledBy", state.updatedBy(),
                        Formats.dateTime(state.updatedAt(), getLocale()))
                : getTranslation("archive.empty"));
        status.addClassName("gg-muted");
        HorizontalLayout row = new HorizontalLayout(name, status);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.addClassName("gg-archive-row");
        if (state.applies() && (!archive.isSensitive() || Archives.maySeeSensitive())) {
            Button open = new Button(getTranslation(state.filled() ? "archive.open" : "archive.fill"),
                    e -> open(new ArchiveDialog(archives, person, archive)));
            open.setId("archive-" + archive.name().toLowerCase());
            open.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (archive.isSensitive()) {
                open.setIcon(VaadinIcon.LOCK.create());
            }
            row.add(open);
        } else if (state.applies()) {
            row.add(new Span(getTranslation("archive.restricted")));
        }
        return row;
    }

    private ChecklistCard feedback(Optional<StepRecord> done, LocalDate today) {
        Optional<Deadline> due = done.isPresent() ? Optional.empty() : fiveSteps.feedbackDue(person.getId());
        boolean overdue = due.map(d -> d.due().isBefore(today)).orElse(false);
        ChecklistCard card = card(Step.FEEDBACK, done, overdue ? getTranslation("feedback.overdue") : null);
        due.ifPresent(d -> card.body(new Paragraph(getTranslation("feedback.dueBy", d.due().toString())
                + (d.provisional() ? " " + getTranslation("deadline.provisional") : ""))));
        for (Message task : feedbacks.owed(person.getId())) {
            // the person index met this person with another township's holding of them: feedback is owed
            // sent to the registration township, the five-step feedback answers it; else it is answered in the inbox
            String how = task.sender().equals(person.getRegistrationPlace()) ? "index.task.owed"
                    : "index.task.owed.inbox";
            Paragraph owed = new Paragraph(getTranslation(how, places.name(task.sender()), task.due().due().toString())
                    + (task.due().provisional() ? " " + getTranslation("deadline.provisional") : ""));
            owed.setId("index-task-" + task.id());
            owed.addClassName("gg-index-task");
            card.body(owed);
        }
        for (Message message : feedbacks.sent(person.getId())) {
            card.body(MessageRow.of(message, places.name(message.addressee()), places.isTenant(message.addressee()), today,
                    reason -> feedbacks.openNote(message.id(), reason)));
        }
        return card.actions(primary(getTranslation("feedback.send"), "send-feedback",
                () -> open(new FeedbackDialog(feedbacks, person))));
    }

    /** A card whose state is done (with date and user), overdue (with the reason) or open. */
    private ChecklistCard card(Step step, Optional<StepRecord> done, String overdue) {
        String id = "step-" + step.name().toLowerCase();
        H3 title = new H3(getTranslation(step.labelKey()) + " · " + getTranslation("step.purpose." + step.name()));
        if (done.isPresent()) {
            StepRecord record = done.get();
            return new ChecklistCard(id, title, ChecklistCard.State.DONE,
                    getTranslation("step.doneBy", record.getDoneOn().toString(), record.getRecordedBy()));
        }
        return overdue == null ? new ChecklistCard(id, title, ChecklistCard.State.OPEN, getTranslation("step.open"))
                : new ChecklistCard(id, title, ChecklistCard.State.OVERDUE, overdue);
    }

    private Component note(Optional<StepRecord> done) {
        Paragraph note = new Paragraph(done.map(StepRecord::getNote).orElse(""));
        note.setVisible(done.isPresent());
        return note;
    }

    private Button primary(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private Anchor printLink(String what, String id, String textKey) {
        Anchor link = new Anchor("print/" + what + "/" + person.getId(), "");
        link.setTarget(AnchorTarget.BLANK);
        link.setId(id);
        Button button = new Button(getTranslation(textKey), VaadinIcon.PRINT.create());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.add(button);
        return link;
    }

    /** Opens a step's dialog; the checklist is read again when it saves. */
    private void open(StepDialog dialog) {
        dialog.addSavedListener(saved -> refresh());
        dialog.open();
    }

    private void edit() {
        PersonDialog dialog = personDialogs.getObject();
        dialog.addSavedListener(saved -> refresh());
        dialog.openEdit(person);
    }

    @Override
    public String getPageTitle() {
        return (person == null ? "" : person.getName() + " · ") + getTranslation("app.name");
    }
}
