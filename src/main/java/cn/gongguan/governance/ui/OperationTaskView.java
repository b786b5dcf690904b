package cn.gongguan.governance.ui;

import cn.gongguan.governance.FailedLiaisonFinding;
import cn.gongguan.governance.Finding;
import cn.gongguan.governance.FindingSource;
import cn.gongguan.governance.KeyLocation;
import cn.gongguan.governance.Operation;
import cn.gongguan.governance.OperationLimits;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.governance.OperationTaskEntry;
import cn.gongguan.governance.OperationTaskProblem;
import cn.gongguan.governance.OperationTasks;
import cn.gongguan.governance.TaskState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.Labelled;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Divisions;
import cn.gongguan.reference.IdNumber;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.FieldErrors;
import cn.gongguan.uikit.TextFields;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * A township's task of a joint operation: the county's plan and instructions (and why it asked for rework), the key
 * locations assigned with their teams and what was found there, the findings (the township's and the liaisons'),
 * the liaisons' findings that could not be taken in (to take in again or discard), the persons of liaisons' findings
 * the registry refused, and the result to submit. Once the result is submitted (until the county asks for rework) or
 * the operation closed, the page shows what was done.
 */
@Route(OperationTasksView.ROUTE + "/:id")
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
public class OperationTaskView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph instructions = new Paragraph();
    final Paragraph rework = new Paragraph();
    final Paragraph closed = new Paragraph();
    final Select<KeyLocation> assignLocation = new Select<>();
    final TextField team = TextFields.text(OperationLimits.TEAM, "operationTask.team");
    final Button assign = new Button();
    final Button recordFinding = new Button();
    final Grid<OperationLocation> locations = new Grid<>();
    final Grid<Finding> findings = new Grid<>();
    final H3 problemsTitle = new H3();
    final Grid<OperationTaskProblem> problems = new Grid<>();
    final H3 failedTitle = new H3();
    final Grid<FailedLiaisonFinding> failed = new Grid<>();
    final TextArea resultNote = TextFields.area(OperationLimits.RESULT_NOTE, "operationTask.resultNote");
    final Button submit = new Button();
    private final HorizontalLayout assignBar;
    private final FieldErrors assignErrors = new FieldErrors(this);
    private final FieldErrors submitErrors = new FieldErrors(this);
    private final transient OperationTasks tasks;
    private final transient Divisions divisions;
    private final transient Today today;
    private transient OperationTaskEntry entry;

    OperationTaskView(OperationTasks tasks, Divisions divisions, Today today) {
        this.tasks = tasks;
        this.divisions = divisions;
        this.today = today;
        addClassName("gg-page");
        title.setId("operation-task-title");
        facts.addClassName("gg-facts");
        facts.setId("operation-task-facts");
        instructions.setId("operation-task-instructions");
        instructions.getStyle().set("white-space", "pre-line");
        rework.setId("operation-task-rework");
        rework.addClassName("gg-form-problem");
        closed.setId("operation-task-closed");
        closed.addClassName("gg-facts");

        assignLocation.setLabel(getTranslation("operationTask.keyLocation"));
        assignLocation.setItemLabelGenerator(place -> getTranslation(place.getKind().labelKey()) + " · "
                + place.getName());
        assignLocation.setEmptySelectionAllowed(false);
        assignLocation.setId("operation-task-key-location");
        team.setId("operation-task-team");
        assign.setText(getTranslation("operationTask.assign"));
        assign.setIcon(VaadinIcon.PLUS.create());
        assign.setId("operation-task-assign");
        assign.addClickListener(e -> assign());
        assignErrors.bind("location", assignLocation).bind("team", team);
        assignBar = new HorizontalLayout(assignLocation, team, assign);
        assignBar.setWrap(true);
        assignBar.setAlignItems(FlexComponent.Alignment.BASELINE);

        recordFinding.setText(getTranslation("finding.new"));
        recordFinding.setIcon(VaadinIcon.CLIPBOARD_TEXT.create());
        recordFinding.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        recordFinding.setId("operation-task-record");
        recordFinding.addClickListener(e -> openFinding(null));

        locations.setId("operation-task-locations");
        locations.addColumn(l -> l.name()).setHeader(getTranslation("finding.location"));
        locations.addColumn(l -> getTranslation(l.kind().labelKey())).setHeader(getTranslation("operationTask.kind"));
        locations.addColumn(OperationLocation::unitName).setHeader(getTranslation("operationTask.unit"));
        locations.addColumn(OperationLocation::team).setHeader(getTranslation("operationTask.team"));
        locations.addColumn(l -> l.isDone() ? l.doneOn().toString() : getTranslation("operationTask.notDone"))
                .setHeader(getTranslation("operationTask.doneOn"));
        locations.addColumn(l -> getTranslation("operationTask.counts", l.findings(), l.counts().personsChecked(),
                        l.counts().personsRegistered(), l.counts().withoutCertificate(), l.counts().referred(),
                        l.counts().housesFound()))
                .setHeader(getTranslation("operationTask.found"));
        locations.addComponentColumn(this::locationActions).setKey("actions");
        locations.getColumns().forEach(column -> column.setAutoWidth(true));
        locations.setAllRowsVisible(true);

        findings.setId("operation-task-findings");
        findings.addColumn(f -> f.foundOn().toString()).setHeader(getTranslation("finding.foundOn"));
        findings.addColumn(f -> locationName(f.locationId())).setHeader(getTranslation("finding.location"));
        findings.addColumn(this::recordedBy).setHeader(getTranslation("finding.recordedBy"));
        findings.addColumn(f -> getTranslation("finding.counts", f.counts().personsChecked(),
                        f.counts().personsRegistered(), f.counts().withoutCertificate(), f.counts().referred(),
                        f.counts().housesFound()))
                .setHeader(getTranslation("operationTask.found"));
        findings.getColumns().forEach(column -> column.setAutoWidth(true));
        findings.setAllRowsVisible(true);

        problemsTitle.setText(getTranslation("operationTask.problems"));
        problems.setId("operation-task-problems");
        problems.addColumn(OperationTaskProblem::location).setHeader(getTranslation("finding.location"));
        problems.addColumn(OperationTaskProblem::liaisonName).setHeader(getTranslation("finding.recordedBy"));
        problems.addColumn(p -> masked(p.idNumber())).setHeader(getTranslation("person.idNumber"));
        problems.addColumn(OperationTaskProblem::name).setHeader(getTranslation("person.name"));
        problems.addColumn(OperationTaskProblem::phone).setHeader(getTranslation("person.phone"));
        problems.addColumn(p -> getTranslation(p.reasonKey())).setHeader(getTranslation("operationTask.problem"));
        problems.addComponentColumn(p -> {
            Button settled = new Button(getTranslation("operationTask.problem.settled"), e -> confirmSettle(p));
            settled.addThemeVariants(ButtonVariant.LUMO_SMALL);
            settled.setId("operation-problem-" + p.id() + "-settle");
            return settled;
        }).setKey("actions");
        problems.getColumns().forEach(column -> column.setAutoWidth(true));
        problems.setAllRowsVisible(true);

        failedTitle.setText(getTranslation("operationTask.failed"));
        failed.setId("operation-task-failed");
        failed.addColumn(FailedLiaisonFinding::location).setHeader(getTranslation("finding.location"));
        failed.addColumn(f -> f.liaisonName() + " · " + getTranslation(f.department().labelKey()))
                .setHeader(getTranslation("finding.recordedBy"));
        failed.addColumn(f -> f.foundOn().toString()).setHeader(getTranslation("finding.foundOn"));
        failed.addColumn(this::problem).setHeader(getTranslation("operationTask.problem"));
        failed.addComponentColumn(this::failedActions).setKey("actions");
        failed.getColumns().forEach(column -> column.setAutoWidth(true));
        failed.setAllRowsVisible(true);

        resultNote.setId("operation-task-result-note");
        resultNote.setWidthFull();
        submit.setText(getTranslation("operationTask.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("operation-task-submit");
        submit.addClickListener(e -> submit());
        submitErrors.bind("note", resultNote);

        Anchor back = new Anchor(OperationTasksView.ROUTE, getTranslation("operationTask.back"));
        back.setId("operation-task-back");
        add(back, title, facts, instructions, rework, closed,
                new H3(getTranslation("operationTask.locations")), assignBar, recordFinding, locations,
                new H3(getTranslation("operationTask.findings")), findings, failedTitle, failed, problemsTitle,
                problems,
                new H3(getTranslation("operationTask.result")), resultNote, submit);
    }

    static RouteParameters parameters(long taskId) {
        return new RouteParameters("id", String.valueOf(taskId));
    }

    @Override
    public String titleKey() {
        return "nav.operationTasks";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<OperationTaskEntry> found;
        try {
            found = event.getRouteParameters().getLong("id").flatMap(tasks::task);
        } catch (NumberFormatException | AccessDeniedException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            event.forwardTo(OperationTasksView.class);
            return;
        }
        entry = found.get();
        reload();
    }

    private void reload() {
        entry = tasks.task(entry.id()).orElseThrow();
        Operation operation = entry.operation();
        title.setText(operation.title());
        facts.setText(getTranslation("operationTask.facts", OperationLabels.period(operation),
                labels(operation.kinds()), labels(operation.departments()), operation.lead(),
                getTranslation(entry.isOpen() ? entry.task().state().labelKey() : operation.state().labelKey())));
        instructions.setText(operation.instructions());
        rework.setVisible(entry.task().state() == TaskState.REWORK);
        rework.setText(getTranslation("operationTask.reworkAsked", String.valueOf(entry.task().reworkReason())));
        closed.setVisible(!entry.isOpen());
        closed.setText(getTranslation("operationTask.closed.notice", String.valueOf(operation.summary())));
        assignBar.setVisible(entry.isWorking());
        recordFinding.setVisible(entry.isWorking());
        List<KeyLocation> assignable = entry.isWorking() ? tasks.assignable(entry.id()) : List.of();
        assignLocation.setItems(assignable);
        assignLocation.setHelperText(assignable.isEmpty() ? getTranslation("operationTask.keyLocation.none",
                labels(operation.kinds())) : null);
        List<OperationLocation> assigned = tasks.locations(entry.id());
        recordFinding.setEnabled(!assigned.isEmpty());
        locations.setItems(assigned);
        findings.setItems(tasks.findings(entry.id()));
        List<OperationTaskProblem> refused = tasks.problems(entry.id());
        problems.setItems(refused);
        problemsTitle.setVisible(!refused.isEmpty());
        problems.setVisible(!refused.isEmpty());
        List<FailedLiaisonFinding> notTaken = tasks.failedFindings(entry.id());
        failed.setItems(notTaken);
        failedTitle.setVisible(!notTaken.isEmpty());
        failed.setVisible(!notTaken.isEmpty());
        resultNote.setVisible(entry.maySubmit());
        submit.setVisible(entry.maySubmit());
        if (entry.task().resultNote() != null && resultNote.isEmpty()) {
            resultNote.setValue(entry.task().resultNote());
        }
    }

    private Component locationActions(OperationLocation location) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!entry.isWorking()) {
            return actions;
        }
        Button record = new Button(getTranslation("finding.record"), e -> openFinding(location));
        record.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        record.setId("operation-location-" + location.id() + "-record");
        Button changeTeam = new Button(getTranslation("operationTask.changeTeam"), e -> changeTeam(location));
        changeTeam.addThemeVariants(ButtonVariant.LUMO_SMALL);
        changeTeam.setId("operation-location-" + location.id() + "-team");
        actions.add(record, changeTeam);
        if (location.findings() == 0) {
            Button unassign = new Button(getTranslation("operationTask.unassign"), e -> unassign(location));
            unassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            unassign.setId("operation-location-" + location.id() + "-unassign");
            actions.add(unassign);
        }
        return actions;
    }

    private void assign() {
        assignErrors.clear();
        KeyLocation place = assignLocation.getValue();
        try {
            tasks.assign(entry.id(), place == null ? null : place.getId(), team.getValue());
        } catch (InvalidInputException refusal) {
            assignErrors.show(refusal);
            return;
        }
        assignLocation.clear();
        team.clear();
        // emptied for the next assignment, not left blank by the user: no "required" alarm
        team.setInvalid(false);
        reload();
    }

    private void changeTeam(OperationLocation location) {
        TeamDialog dialog = new TeamDialog(tasks, location);
        dialog.addSavedListener(e -> reload());
        dialog.open();
    }

    /** Asks before a refused person leaves the list: it is not listed again. */
    private void confirmSettle(OperationTaskProblem problem) {
        confirm("operationTask.problem.settled", getTranslation("operationTask.problem.settle.confirm",
                problem.name(), masked(problem.idNumber())), "primary", () -> tasks.settle(problem.id()));
    }

    private Component failedActions(FailedLiaisonFinding failed) {
        Button retry = new Button(getTranslation("operationTask.failed.retry"), e -> {
            Notification.show(getTranslation(tasks.retry(failed.id()) ? "operationTask.failed.taken"
                    : "operationTask.failed.again"));
            reload();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        retry.setId("operation-failed-" + failed.id() + "-retry");
        Button discard = new Button(getTranslation("operationTask.failed.discard"), e -> confirm(
                "operationTask.failed.discard", getTranslation("operationTask.failed.discard.confirm",
                        failed.liaisonName(), failed.location()), "error primary", () -> tasks.discard(failed.id())));
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        discard.setId("operation-failed-" + failed.id() + "-discard");
        return new HorizontalLayout(retry, discard);
    }

    private void confirm(String actionKey, String text, String theme, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(actionKey));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(actionKey));
        confirm.setConfirmButtonTheme(theme);
        confirm.addConfirmListener(e -> {
            action.run();
            reload();
        });
        confirm.open();
    }

    /** Why a liaison's finding could not be taken in: a refusal's text, or the failure as the intake named it. */
    private String problem(FailedLiaisonFinding failed) {
        return failed.problem().startsWith("failed: ") ? getTranslation("operationTask.failed.error")
                : getTranslation(failed.problem());
    }

    private static String masked(String idNumber) {
        return new IdNumber(idNumber).masked();
    }

    private void unassign(OperationLocation location) {
        try {
            tasks.unassign(location.id());
        } catch (InvalidInputException refusal) {
            Notification.show(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
        reload();
    }

    private void openFinding(OperationLocation at) {
        FindingDialog dialog = new FindingDialog(tasks.locations(entry.id()), at, divisions, today.date(),
                input -> tasks.record(entry.id(), input, this::getTranslation));
        dialog.addSavedListener(saved -> {
            Notification.show(getTranslation("finding.saved"));
            reload();
        });
        dialog.open();
    }

    private void submit() {
        submitErrors.clear();
        try {
            tasks.submit(entry.id(), resultNote.getValue());
        } catch (InvalidInputException refusal) {
            submitErrors.show(refusal);
            return;
        }
        Notification.show(getTranslation("operationTask.submitted.notice"));
        reload();
    }

    private String locationName(long locationId) {
        return locations.getListDataView().getItems().filter(l -> l.id() == locationId).findFirst()
                .map(OperationLocation::name).orElse("");
    }

    private String recordedBy(Finding finding) {
        return finding.source() == FindingSource.LIAISON
                ? getTranslation("finding.byLiaison", finding.liaisonName(),
                        getTranslation(finding.department().labelKey()))
                : finding.recordedBy();
    }

    private String labels(Collection<? extends Labelled> values) {
        return values.stream().map(v -> getTranslation(v.labelKey())).collect(Collectors.joining("、"));
    }
}
