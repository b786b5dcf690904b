package cn.gongguan.governance.ui;

import cn.gongguan.governance.JointOperations;
import cn.gongguan.governance.JointOperations.TownshipProgress;
import cn.gongguan.governance.OperationLimits;
import cn.gongguan.uikit.FormDialog;
import com.vaadin.flow.component.textfield.TextArea;

/** Asks a township to rework its submitted result of a joint operation, saying why. */
class OperationProgressRework extends FormDialog<TownshipProgress> {

    final TextArea reason = area(OperationLimits.REWORK_REASON, "operation.rework.reason");
    private final transient JointOperations operations;
    private final TownshipProgress township;

    OperationProgressRework(JointOperations operations, TownshipProgress township) {
        super("save-rework");
        this.operations = operations;
        this.township = township;
        setHeaderTitle(getTranslation("operation.rework.title", township.name()));
        save.setText(getTranslation("operation.rework.ask"));
        reason.setId("rework-reason");
        addWide(reason);
    }

    @Override
    protected TownshipProgress write() {
        operations.askRework(township.task().id(), reason.getValue());
        return township;
    }
}
