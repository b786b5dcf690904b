package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.EnterpriseLimits;
import cn.gongguan.enterprise.EnterpriseTask;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Records a task as done, on the day the contact did it, with what they reported. */
class TaskDoneDialog extends FormDialog<EnterpriseTask> {

    final DatePicker doneOn = required("doneOn", new DatePicker());
    final TextArea note = area(EnterpriseLimits.DONE_NOTE, "enterprise.task.doneNote");
    private final transient EnterpriseTasks tasks;
    private final transient EnterpriseTask task;

    TaskDoneDialog(EnterpriseTasks tasks, EnterpriseTask task, Today today) {
        super("save-task-done");
        this.tasks = tasks;
        this.task = task;
        setHeaderTitle(getTranslation("enterprise.task.done"));
        doneOn.setId("task-done-on");
        doneOn.setLabel(getTranslation("enterprise.task.doneOn"));
        doneOn.setMax(today.date());
        doneOn.setValue(today.date());
        note.setId("task-done-note");
        add(new Paragraph(task.getTitle()));
        addFields(doneOn);
        addWide(note);
    }

    @Override
    protected EnterpriseTask write() {
        return tasks.complete(task.getId(), task.getVersion(), doneOn.getValue(), note.getValue());
    }
}
