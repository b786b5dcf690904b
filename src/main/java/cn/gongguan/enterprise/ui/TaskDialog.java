package cn.gongguan.enterprise.ui;

import cn.gongguan.enterprise.Enterprise;
import cn.gongguan.enterprise.EnterpriseLimits;
import cn.gongguan.enterprise.EnterpriseTask;
import cn.gongguan.enterprise.EnterpriseTasks;
import cn.gongguan.enterprise.StaffEntry;
import cn.gongguan.enterprise.TaskDetails;
import cn.gongguan.enterprise.TaskKind;
import cn.gongguan.platform.Today;
import cn.gongguan.uikit.EnumSelect;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Gives the enterprise's contact a task: what, by which day, about which staff. A certificate task starts with the
 * staff whose certificate is still to be checked.
 */
class TaskDialog extends FormDialog<EnterpriseTask> {

    final EnumSelect<TaskKind> kind = required("kind", new EnumSelect<>("enterprise.task.kind", TaskKind.values()));
    final TextField title = text(EnterpriseLimits.TITLE, "enterprise.task.title");
    final DatePicker dueOn = required("dueOn", new DatePicker());
    final MultiSelectComboBox<StaffEntry> staff = field("staff", new MultiSelectComboBox<>());
    private final transient EnterpriseTasks tasks;
    private final transient Enterprise enterprise;

    TaskDialog(EnterpriseTasks tasks, Enterprise enterprise, List<StaffEntry> current, Today today) {
        super("save-task");
        this.tasks = tasks;
        this.enterprise = enterprise;
        setHeaderTitle(getTranslation("enterprise.task.give"));
        kind.setId("task-kind");
        title.setId("task-title");
        dueOn.setId("task-due");
        dueOn.setLabel(getTranslation("enterprise.task.dueOn"));
        dueOn.setMin(today.date());
        staff.setId("task-staff");
        staff.setLabel(getTranslation("enterprise.task.staff"));
        staff.setItems(current);
        staff.setItemLabelGenerator(entry -> entry.member().getPerson().getName() + " "
                + entry.member().getPerson().getIdNumber().masked());
        kind.addValueChangeListener(e -> {
            if (e.getValue() == TaskKind.CERTIFICATES) {
                staff.setValue(current.stream().filter(StaffEntry::certificateMissing).collect(Collectors.toSet()));
                if (title.isEmpty()) {
                    title.setValue(getTranslation("enterprise.task.certificatesTitle"));
                }
            }
        });
        addFields(kind, dueOn);
        addWide(title);
        addWide(staff);
    }

    @Override
    protected EnterpriseTask write() {
        return tasks.give(enterprise.getId(), new TaskDetails(kind.getValue(), title.getValue(), dueOn.getValue(),
                staff.getValue().stream().map(entry -> entry.member().getId()).collect(Collectors.toSet())));
    }
}
