package cn.gongguan.governance.ui;

import cn.gongguan.governance.FindingCounts;
import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Progress;
import cn.gongguan.governance.JointOperations.TownshipProgress;
import cn.gongguan.governance.Operation;
import cn.gongguan.governance.OperationLocation;
import cn.gongguan.governance.OperationState;
import cn.gongguan.governance.TaskState;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;

/**
 * A joint operation's progress, live: its plan, the totals (locations done of those assigned, and the five counts of
 * the findings), and each target township's task — its state, locations, counts, when it submitted and why rework was
 * asked — with the locations it assigned one click away. Counts only: no person's name reaches the county. The
 * governance group publishes a draft, changes the plan, asks a township for rework, closes the operation with its
 * summary and takes the closing report (Excel or print); a liaison named in the operation follows it read only, and
 * one not named is sent back to the list.
 */
@Route(OperationProgressView.ROUTE)
@RolesAllowed({Role.COUNTY_ADMIN_NAME, Role.COUNTY_GOVERNANCE_NAME, Role.LIAISON_NAME})
public class OperationProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "operations/:id";
    /** How often an open progress page reads the townships' progress again. */
    static final int REFRESH_MILLIS = 15_000;
    /** Up to this many townships the grid shows all rows; more scroll in a grid of fixed height. */
    static final int ALL_ROWS_VISIBLE = 20;

    final H2 title = new H2();
    final Div plan = new Div();
    final Div totals = new Div();
    final FlexLayout actions = new FlexLayout();
    final Grid<TownshipProgress> grid = new Grid<>();
    final Button refresh = new Button();
    final Button publish = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    final Button close = new Button();
    final Anchor export = new Anchor();
    final Anchor print = new Anchor();
    private final transient JointOperations operations;
    private final transient ObjectProvider<OperationPlanDialog> dialogs;
    private final boolean planner;
    private long id;
    private Progress progress;
    private Registration polling;

    OperationProgressView(JointOperations operations, ObjectProvider<OperationPlanDialog> dialogs) {
        this.operations = operations;
        this.dialogs = dialogs;
        this.planner = JointOperations.PLANNERS.contains(CurrentUser.get().role());
        addClassName("gg-page");
        title.setId("operation-heading");
        plan.setId("operation-plan");
        totals.setId("operation-totals");
        totals.addClassName("gg-operation-totals");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        refresh.setText(getTranslation("operation.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setId("operation-refresh");
        refresh.addClickListener(e -> showOrLeave());
        publish.setText(getTranslation("operation.publish"));
        publish.setId("operation-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        edit.setText(getTranslation("operation.editPlan"));
        edit.setId("operation-edit");
        edit.addClickListener(e -> {
            OperationPlanDialog dialog = dialogs.getObject().editing(progress.operation());
            dialog.addSavedListener(saved -> show());
            dialog.open();
        });
        delete.setText(getTranslation("operation.delete"));
        delete.setId("operation-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        close.setText(getTranslation("operation.close"));
        close.setId("operation-close");
        close.addClickListener(e -> {
            OperationProgressClose dialog = new OperationProgressClose(operations, progress.operation());
            dialog.addSavedListener(saved -> show());
            dialog.open();
        });
        export.setId("operation-export");
        export.add(new Button(getTranslation("operation.export"), VaadinIcon.DOWNLOAD.create()));
        export.setHref((DownloadHandler) event -> {
            event.setFileName("operation-" + id + ".xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            operations.reported(id, "exported");
            new OperationReportWorkbook(this::getTranslation, getLocale()).write(progress, event.getOutputStream());
        });
        print.setId("operation-print");
        print.setTarget(AnchorTarget.BLANK);
        print.add(new Button(getTranslation("operation.print"), VaadinIcon.PRINT.create()));
        actions.add(refresh, publish, edit, delete, close, export, print);

        grid.setId("operation-townships");
        grid.addColumn(TownshipProgress::name).setHeader(getTranslation("operation.township")).setFrozen(true)
                .setAutoWidth(true);
        // the badge is drawn in the browser: no server component per township (a county has up to 1,403)
        grid.addColumn(LitRenderer.<TownshipProgress>of("<span theme=\"${item.theme}\">${item.state}</span>")
                        .withProperty("state", t -> t.task() == null ? "" : getTranslation(t.task().state().labelKey()))
                        .withProperty("theme", t -> OperationLabels.taskTheme(t.task() == null ? null
                                : t.task().state())))
                .setKey("state").setHeader(getTranslation("operation.task.state")).setWidth("8em").setFlexGrow(0);
        grid.addColumn(t -> t.task() == null ? "" : getTranslation("operations.doneOf", t.task().locationsDone(),
                t.task().locationsTotal())).setHeader(getTranslation("operations.locations")).setAutoWidth(true);
        countColumns(grid, t -> t.task() == null ? null : t.task().counts());
        grid.addColumn(t -> t.task() == null || t.task().submittedAt() == null ? ""
                : Formats.dateTime(t.task().submittedAt(), getLocale()))
                .setHeader(getTranslation("operation.submittedAt")).setAutoWidth(true);
        // the reason of a rework still asked; once the township submitted again it is history
        grid.addColumn(t -> t.task() == null || t.task().state() != TaskState.REWORK ? "" : t.task().reworkReason())
                .setHeader(getTranslation("operation.reworkReason")).setAutoWidth(true);
        // rendered for the rows in view only (the grid is not all rows visible); a fixed width keeps the buttons whole
        grid.addComponentColumn(this::rowActions).setKey("actions").setWidth("13em").setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::locations));
        grid.setDetailsVisibleOnClick(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElse(-1L);
        try {
            if (operations.find(id).isEmpty()) {
                throw new AccessDeniedException("No operation " + id);
            }
        } catch (AccessDeniedException refused) {
            event.forwardTo(JointOperationsView.class);
            Notification.show(getTranslation("operation.notFound"));
            return;
        }
        removeAll();
        add(new RouterLink(getTranslation("operation.back"), JointOperationsView.class), title, plan, actions,
                totals, new H3(getTranslation("operation.townships")), grid);
        print.setHref(OperationReportPrintView.route(id));
        show();
    }

    /**
     * Reads the progress again and shows it. The townships' rows are sent again only when something changed: a
     * large county's page polled every 15 seconds re-renders nothing while nothing moves.
     */
    void show() {
        Progress fresh = operations.progress(id);
        boolean changed = !fresh.equals(progress);
        progress = fresh;
        Operation operation = progress.operation();
        title.setText(operation.title());
        title.add(new Span(" "), JointOperationsView.stateBadge(operation));
        plan.removeAll();
        plan.add(line("operation.period", OperationLabels.period(operation)),
                line("operation.lead", operation.lead()),
                line("operation.kinds", operation.kinds().stream().map(k -> getTranslation(k.labelKey()))
                        .collect(Collectors.joining("、"))),
                line("operation.departments", operation.departments().stream()
                        .map(d -> getTranslation(d.labelKey())).collect(Collectors.joining("、"))),
                line("operation.instructions", operation.instructions()));
        if (operation.summary() != null) {
            Paragraph summary = line("operation.summary", operation.summary());
            summary.setId("operation-summary");
            plan.add(summary);
        }
        boolean open = !operation.isClosed();
        publish.setVisible(planner && operation.state() == OperationState.DRAFT);
        delete.setVisible(planner && operation.state() == OperationState.DRAFT);
        edit.setVisible(planner && open);
        close.setVisible(planner && operation.state() == OperationState.PUBLISHED);
        export.setVisible(planner && operation.state() != OperationState.DRAFT);
        print.setVisible(planner && operation.state() != OperationState.DRAFT);
        totals.removeAll();
        totals.add(total("operation.townshipsSubmitted", getTranslation("operation.submittedOf", progress.submitted(),
                        progress.townships().size())),
                total("operations.locations", getTranslation("operations.doneOf", progress.locationsDone(),
                        progress.locationsTotal())),
                total("operation.personsChecked", progress.counts().personsChecked()),
                total("operation.personsRegistered", progress.counts().personsRegistered()),
                total("operation.withoutCertificate", progress.counts().withoutCertificate()),
                total("operation.referred", progress.counts().referred()),
                total("operation.housesFound", progress.counts().housesFound()));
        if (changed) {
            // a few townships show whole; many scroll, their rows rendered as they come into view
            boolean few = progress.townships().size() <= ALL_ROWS_VISIBLE;
            grid.setAllRowsVisible(few);
            grid.setHeight(few ? null : "36em");
            grid.setItems(progress.townships());
        }
    }

    private Component rowActions(TownshipProgress township) {
        FlexLayout buttons = new FlexLayout();
        buttons.getStyle().set("gap", "var(--lumo-space-xs)");
        if (township.task() == null) {
            return buttons;
        }
        Button locations = new Button(getTranslation("operation.locationsOpen"), e ->
                grid.setDetailsVisible(township, !grid.isDetailsVisible(township)));
        locations.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        locations.setId("locations-" + township.township());
        buttons.add(locations);
        if (planner && township.task().state() == TaskState.SUBMITTED && !progress.operation().isClosed()) {
            Button rework = new Button(getTranslation("operation.rework.ask"), e -> {
                OperationProgressRework dialog = new OperationProgressRework(operations, township);
                dialog.addSavedListener(saved -> {
                    show();
                    Notification.show(getTranslation("operation.rework.asked", township.name()));
                });
                dialog.open();
            });
            rework.addThemeVariants(ButtonVariant.LUMO_SMALL);
            rework.setId("rework-" + township.township());
            buttons.add(rework);
        }
        return buttons;
    }

    /** The locations the township assigned, with their team and counts (never a person). */
    private Component locations(TownshipProgress township) {
        List<OperationLocation> assigned = operations.locations(township.task().id());
        Grid<OperationLocation> locations = new Grid<>();
        locations.setId("locations-of-" + township.township());
        locations.addColumn(l -> getTranslation(l.kind().labelKey())).setHeader(getTranslation("operation.kind"))
                .setAutoWidth(true);
        locations.addColumn(OperationLocation::name).setHeader(getTranslation("operation.location")).setAutoWidth(true);
        locations.addColumn(OperationLocation::unitName).setHeader(getTranslation("operation.unit")).setAutoWidth(true);
        locations.addColumn(OperationLocation::team).setHeader(getTranslation("operation.team")).setAutoWidth(true);
        locations.addColumn(l -> l.isDone() ? l.doneOn().toString() : getTranslation("operation.notDone"))
                .setHeader(getTranslation("operation.doneOn")).setAutoWidth(true);
        countColumns(locations, OperationLocation::counts);
        locations.setItems(assigned);
        locations.setAllRowsVisible(true);
        locations.setEmptyStateText(getTranslation("operation.noLocations"));
        return locations;
    }

    private <T> void countColumns(Grid<T> target, Function<T, FindingCounts> counts) {
        List<String> keys = List.of("operation.personsChecked", "operation.personsRegistered",
                "operation.withoutCertificate", "operation.referred", "operation.housesFound");
        List<ToIntFunction<FindingCounts>> values = List.of(FindingCounts::personsChecked,
                FindingCounts::personsRegistered, FindingCounts::withoutCertificate, FindingCounts::referred,
                FindingCounts::housesFound);
        for (int i = 0; i < keys.size(); i++) {
            ToIntFunction<FindingCounts> value = values.get(i);
            target.addColumn(item -> counts.apply(item) == null ? ""
                            : String.valueOf(value.applyAsInt(counts.apply(item))))
                    .setHeader(getTranslation(keys.get(i))).setAutoWidth(true);
        }
    }

    private Paragraph line(String key, String value) {
        return new Paragraph(getTranslation(key) + "：" + value);
    }

    private Div total(String key, Object value) {
        Div total = new Div();
        total.addClassName("gg-operation-total");
        Span figure = new Span(String.valueOf(value));
        figure.addClassName("gg-operation-total-figure");
        total.add(figure, new Div(getTranslation(key)));
        return total;
    }

    private void confirmPublish() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("operation.publish"));
        confirm.setText(getTranslation("operation.publish.confirm", progress.townships().size()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("operation.publish"));
        confirm.addConfirmListener(e -> act(() -> {
            operations.publish(id, progress.operation().version());
            show();
        }));
        confirm.open();
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("operation.delete"));
        confirm.setText(getTranslation("operation.delete.confirm", progress.operation().title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("operation.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            if (act(() -> operations.delete(id, progress.operation().version()))) {
                UI.getCurrent().navigate(JointOperationsView.class);
            }
        });
        confirm.open();
    }

    /**
     * Runs an act on the whole operation; a refusal (changed or closed meanwhile) is told and the page re-read, and
     * a draft deleted meanwhile sends the user back to the list. Returns whether the act went through.
     */
    private boolean act(Runnable work) {
        try {
            work.run();
            return true;
        } catch (InvalidInputException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            showOrLeave();
            return false;
        } catch (AccessDeniedException gone) {
            leave();
            return false;
        }
    }

    /** Shows the progress again; gone meanwhile (a draft deleted), back to the list with a notice. */
    private void showOrLeave() {
        try {
            show();
        } catch (AccessDeniedException gone) {
            leave();
        }
    }

    private void leave() {
        progress = null;
        getUI().ifPresent(ui -> ui.navigate(JointOperationsView.class));
        Notification.show(getTranslation("operation.notFound"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(REFRESH_MILLIS);
        polling = event.getUI().addPollListener(poll -> {
            if (progress != null) {
                showOrLeave();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return (progress == null ? getTranslation("nav.operations") : progress.operation().title()) + " · "
                + getTranslation("app.name");
    }
}
