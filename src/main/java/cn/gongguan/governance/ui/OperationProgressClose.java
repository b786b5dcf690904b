package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.Operation;
import cn.gongguan.governance.OperationLimits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** Closes a joint operation with the county's summary: after that nothing under it changes. */
class OperationProgressClose extends FormDialog<Operation> {

    final TextArea summary = area(OperationLimits.SUMMARY, "operation.summary");
    private final transient JointOperations operations;
    private final Operation operation;

    OperationProgressClose(JointOperations operations, Operation operation) {
        super("save-close");
        this.operations = operations;
        this.operation = operation;
        setHeaderTitle(getTranslation("operation.close.title", operation.title()));
        save.setText(getTranslation("operation.close"));
        summary.setId("close-summary");
        addWide(new Paragraph(getTranslation("operation.close.note")));
        addWide(summary);
    }

    @Override
    protected Operation write() {
        operations.close(operation.id(), operation.version(), summary.getValue());
        return operation;
    }
}
