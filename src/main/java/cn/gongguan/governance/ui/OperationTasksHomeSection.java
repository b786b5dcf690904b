package cn.gongguan.governance.ui;

import cn.gongguan.governance.OperationTaskEntry;
import cn.gongguan.governance.OperationTasks;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.security.CurrentUser;
import cn.gongguan.uikit.HomeSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * A township's home page shows the tasks of joint operations it still works on — received, or sent back for rework —
 * each one click from its task page; nothing when there is none.
 */
@org.springframework.stereotype.Component
@Order(6)
class OperationTasksHomeSection implements HomeSection {

    private final OperationTasks tasks;

    OperationTasksHomeSection(OperationTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<Component> create(TenantCode unit) {
        if (!OperationTasks.ROLES.contains(CurrentUser.get().role())) {
            return Optional.empty();
        }
        List<OperationTaskEntry> working = tasks.tasks().stream().filter(OperationTaskEntry::isWorking).toList();
        if (working.isEmpty()) {
            return Optional.empty();
        }
        Div card = new Div();
        card.setId("operation-tasks-card");
        card.addClassName("gg-figures");
        card.add(new H3(card.getTranslation("operationTask.home.title")));
        for (OperationTaskEntry entry : working) {
            Span state = OperationLabels.taskBadge(entry.task().state());
            Anchor title = new Anchor("operations/tasks/" + entry.id(), entry.operation().title());
            title.addClassName("gg-figure-label");
            Div figure = new Div(state, title);
            figure.addClassName("gg-figure");
            card.add(figure);
        }
        return Optional.of(card);
    }
}
