package cn.gongguan.governance.ui;

import cn.gongguan.governance.OperationTaskEntry;
import cn.gongguan.governance.OperationTasks;
import cn.gongguan.security.Role;
import cn.gongguan.uikit.TranslatedTitle;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The township's tasks of the county's joint operations: each opens its task page. */
@Route(OperationTasksView.ROUTE)
@RolesAllowed({Role.TOWNSHIP_ADMIN_NAME, Role.TOWNSHIP_STAFF_NAME})
@Menu(title = "nav.operationTasks", order = 12.6, icon = "vaadin:flag")
public class OperationTasksView extends VerticalLayout implements TranslatedTitle {

    static final String ROUTE = "operations/tasks";

    final Grid<OperationTaskEntry> tasks = new Grid<>();

    OperationTasksView(OperationTasks operationTasks) {
        addClassName("gg-page");
        tasks.setId("operation-tasks");
        tasks.addColumn(t -> t.operation().title()).setHeader(getTranslation("operationTask.title")).setFlexGrow(2);
        tasks.addColumn(t -> OperationLabels.period(t.operation())).setHeader(getTranslation("operationTask.period"));
        tasks.addComponentColumn(t -> badge(this, t)).setHeader(getTranslation("operationTask.state"));
        tasks.addColumn(t -> getTranslation("operationTask.locations.count", t.task().locationsDone(),
                t.task().locationsTotal())).setHeader(getTranslation("operationTask.locations"));
        tasks.getColumns().forEach(column -> column.setAutoWidth(true));
        tasks.setAllRowsVisible(true);
        tasks.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OperationTaskView.class,
                OperationTaskView.parameters(e.getItem().id()))));
        List<OperationTaskEntry> entries = operationTasks.tasks();
        tasks.setItems(entries);
        Paragraph none = new Paragraph(getTranslation("operationTask.none"));
        none.setId("operation-tasks-none");
        none.setVisible(entries.isEmpty());
        add(new H2(getTranslation("nav.operationTasks")), none, tasks);
    }

    @Override
    public String titleKey() {
        return "nav.operationTasks";
    }

    /** The task's state, or "closed" once the county closed the operation. */
    static Span badge(Component on, OperationTaskEntry entry) {
        if (entry.isOpen()) {
            return OperationLabels.taskBadge(entry.task().state());
        }
        Span closed = new Span(on.getTranslation(entry.operation().state().labelKey()));
        closed.getElement().setAttribute("theme", "badge contrast");
        return closed;
    }
}
