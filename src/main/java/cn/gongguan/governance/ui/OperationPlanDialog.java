package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.Amendment;
import cn.gongguan.governance.JointOperations.Liaison;
import cn.gongguan.governance.JointOperations.Plan;
import cn.gongguan.governance.JointOperations.Township;
import cn.gongguan.governance.LocationKind;
import cn.gongguan.governance.Operation;
import cn.gongguan.governance.OperationLimits;
import cn.gongguan.governance.OperationState;
import cn.gongguan.platform.Today;
import cn.gongguan.reference.Department;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Scope;

/**
 * The plan of a joint operation: a new draft, a draft changed, or what may change once it is published (a later end
 * day, the lead, the instructions, the liaisons named). The townships are any or all of the county's; the kinds of
 * locations and the departments are ticked; the liaisons are listed with their department. A refusal shows at its
 * field and the form keeps everything entered.
 */
@SpringComponent
@Scope("prototype")
class OperationPlanDialog extends FormDialog<Long> {

    final TextField title = text(OperationLimits.TITLE, "operation.title");
    final DatePicker startsOn = required("startsOn", new DatePicker());
    final DatePicker endsOn = required("endsOn", new DatePicker());
    final Checkbox allTownships = new Checkbox();
    final MultiSelectComboBox<Township> townships = required("townships", new MultiSelectComboBox<>());
    final CheckboxGroup<LocationKind> kinds = required("kinds", new CheckboxGroup<>());
    final CheckboxGroup<Department> departments = required("departments", new CheckboxGroup<>());
    final TextField lead = text(OperationLimits.LEAD, "operation.lead");
    final TextArea instructions = area(OperationLimits.INSTRUCTIONS, "operation.instructions");
    final MultiSelectComboBox<Liaison> liaisons = field("liaisons", new MultiSelectComboBox<>());
    private final transient JointOperations operations;
    private final List<Township> countyTownships;
    private final List<Liaison> countyLiaisons;
    private Operation editing;

    OperationPlanDialog(JointOperations operations, Today today) {
        super("save-operation");
        this.operations = operations;
        this.countyTownships = operations.townships();
        this.countyLiaisons = operations.liaisons();
        title.setId("operation-title");
        startsOn.setId("operation-starts");
        startsOn.setLabel(getTranslation("operation.startsOn"));
        startsOn.setValue(today.date());
        endsOn.setId("operation-ends");
        endsOn.setLabel(getTranslation("operation.endsOn"));
        allTownships.setId("operation-all-townships");
        allTownships.setLabel(getTranslation("operation.allTownships", countyTownships.size()));
        allTownships.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue()) {
                townships.setValue(e.getValue() ? new HashSet<>(countyTownships) : new HashSet<>());
            }
        });
        townships.setId("operation-townships");
        townships.setLabel(getTranslation("operation.townships"));
        townships.setItems(countyTownships);
        townships.setItemLabelGenerator(Township::name);
        townships.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                allTownships.setValue(e.getValue().size() == countyTownships.size());
            }
        });
        kinds.setId("operation-kinds");
        kinds.setLabel(getTranslation("operation.kinds"));
        kinds.setItems(LocationKind.values());
        kinds.setItemLabelGenerator(kind -> getTranslation(kind.labelKey()));
        departments.setId("operation-departments");
        departments.setLabel(getTranslation("operation.departments"));
        departments.setItems(Department.values());
        departments.setItemLabelGenerator(department -> getTranslation(department.labelKey()));
        lead.setId("operation-lead");
        instructions.setId("operation-instructions");
        liaisons.setId("operation-liaisons");
        liaisons.setLabel(getTranslation("operation.liaisons"));
        liaisons.setItems(countyLiaisons);
        liaisons.setItemLabelGenerator(l -> l.displayName() + "（" + getTranslation(l.department().labelKey()) + "）");
        addWide(title);
        addFields(startsOn, endsOn);
        addWide(allTownships);
        addWide(townships);
        addWide(kinds);
        addWide(departments);
        addFields(lead, liaisons);
        addWide(instructions);
    }

    /** A new draft. */
    OperationPlanDialog planning() {
        setHeaderTitle(getTranslation("operations.plan"));
        return this;
    }

    /** The plan of an operation as stored: all of a draft's fields, or what may change of a published one. */
    OperationPlanDialog editing(Operation operation) {
        this.editing = operation;
        // after a refusal because another user saved meanwhile, the form offers to show the plan as saved now
        reloadWith(() -> operations.find(operation.id()).ifPresent(this::editing));
        setHeaderTitle(getTranslation("operation.edit", operation.title()));
        Plan plan = operations.planOf(operation.id());
        title.setValue(plan.title());
        startsOn.setValue(plan.startsOn());
        endsOn.setValue(plan.endsOn());
        townships.setValue(countyTownships.stream().filter(t -> plan.townships().contains(t.code()))
                .collect(Collectors.toSet()));
        allTownships.setValue(plan.townships().size() == countyTownships.size());
        kinds.setValue(plan.kinds());
        departments.setValue(plan.departments());
        lead.setValue(plan.lead());
        instructions.setValue(plan.instructions());
        liaisons.setValue(countyLiaisons.stream().filter(l -> plan.liaisons().contains(l.id()))
                .collect(Collectors.toSet()));
        boolean draft = operation.state() == OperationState.DRAFT;
        title.setReadOnly(!draft);
        startsOn.setReadOnly(!draft);
        allTownships.setReadOnly(!draft);
        townships.setReadOnly(!draft);
        kinds.setReadOnly(!draft);
        departments.setReadOnly(!draft);
        return this;
    }

    @Override
    protected Long write() {
        Set<Long> named = liaisons.getValue().stream().map(Liaison::id).collect(Collectors.toSet());
        if (editing != null && editing.state() != OperationState.DRAFT) {
            operations.amend(editing.id(), editing.version(),
                    new Amendment(endsOn.getValue(), lead.getValue(), instructions.getValue(), named));
            return editing.id();
        }
        Set<LocationKind> kindSet = kinds.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(kinds.getValue());
        Set<Department> departmentSet = departments.getValue().isEmpty() ? Set.of()
                : EnumSet.copyOf(departments.getValue());
        Plan plan = new Plan(title.getValue(), startsOn.getValue(), endsOn.getValue(),
                townships.getValue().stream().map(Township::code).collect(Collectors.toSet()), kindSet,
                departmentSet, lead.getValue(), instructions.getValue(), named);
        if (editing == null) {
            return operations.plan(plan);
        }
        operations.edit(editing.id(), editing.version(), plan);
        return editing.id();
    }
}
