package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseStaff;
import cn.gongguan.enterprise.EnterpriseTask;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Scope;

/**
 * The tasks given to an enterprise's family-planning contact: open ones first with their day (overdue marked), done
 * ones with the day done; a task is given here and its completion recorded as the contact reports it.
 */
@SpringComponent
@Scope("prototype")
class TaskSection extends Div {

    final Button give = new Button();
    final Grid<EnterpriseTask> grid = new Grid<>();
    private final transient EnterpriseTasks tasks;
    private final transient EnterpriseStaff staff;
    private final transient Today today;
    private transient Enterprise enterprise;
    private transient Map<Long, String> names = Map.of();

    TaskSection(EnterpriseTasks tasks, EnterpriseStaff staff, Today today) {
        this.tasks = tasks;
        this.staff = staff;
        this.today = today;
        setWidthFull();
        give.setText(getTranslation("enterprise.task.give"));
        give.setIcon(VaadinIcon.PLUS.create());
        give.setId("give-task");
        give.addClickListener(e -> {
            TaskDialog dialog = new TaskDialog(tasks, enterprise, staff.current(enterprise.getId()), today);
            dialog.addSavedListener(saved -> refresh());
            dialog.open();
        });
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("enterprise.tasks")), give);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        grid.setId("tasks");
        grid.setAllRowsVisible(true);
        grid.addColumn(task -> getTranslation(task.getKind().labelKey())).setHeader(getTranslation("enterprise.task.kind"));
        grid.addColumn(EnterpriseTask::getTitle).setHeader(getTranslation("enterprise.task.title")).setFlexGrow(1);
        grid.addColumn(task -> Formats.date(task.getDueOn())).setHeader(getTranslation("enterprise.task.dueOn"));
        grid.addComponentColumn(this::state).setHeader(getTranslation("enterprise.task.state")).setKey("state");
        grid.addColumn(task -> task.getStaffIds().stream().map(id -> names.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining("、"))).setHeader(getTranslation("enterprise.task.staff"));
        grid.addComponentColumn(task -> {
            Button done = new Button(getTranslation("enterprise.task.done"), e -> {
                TaskDoneDialog dialog = new TaskDoneDialog(tasks, task, today);
                dialog.addSavedListener(saved -> refresh());
                dialog.open();
            });
            done.addThemeVariants(ButtonVariant.LUMO_SMALL);
            done.setVisible(task.isOpen());
            return done;
        }).setKey("done");
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        add(header, grid);
    }

    private Span state(EnterpriseTask task) {
        Span badge;
        if (!task.isOpen()) {
            badge = new Span(getTranslation("enterprise.task.state.done", Formats.date(task.getDoneOn())));
            badge.getElement().setAttribute("theme", "badge small success");
        } else if (task.overdueOn(today.date())) {
            badge = new Span(getTranslation("enterprise.task.state.overdue"));
            badge.getElement().setAttribute("theme", "badge small error");
        } else {
            badge = new Span(getTranslation("enterprise.task.state.open"));
            badge.getElement().setAttribute("theme", "badge small contrast");
        }
        return badge;
    }

    void show(Enterprise shown) {
        enterprise = shown;
        refresh();
    }

    void refresh() {
        names = staff.list(enterprise.getId(), true, 0, Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(entry -> entry.member().getId(),
                        entry -> entry.member().getPerson().getName(), (a, b) -> a));
        grid.setItems(tasks.of(enterprise.getId()));
    }
}
