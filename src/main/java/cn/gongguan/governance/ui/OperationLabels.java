package cn.gongguan.governance.ui;

import cn.gongguan.governance.Operation;
import cn.gongguan.governance.TaskState;
import com.vaadin.flow.component.html.Span;

/** How an operation's period and a task's state read on every page of joint operations, county's and township's. */
final class OperationLabels {

    private OperationLabels() {
    }

    /** The operation's period, first day to last. */
    static String period(Operation operation) {
        return operation.startsOn() + " ~ " + operation.endsOn();
    }

    /** A task's state as a badge: open plain, submitted done, rework asked in error; empty for none (a draft's). */
    static Span taskBadge(TaskState state) {
        Span badge = new Span();
        if (state != null) {
            badge.setText(badge.getTranslation(state.labelKey()));
            badge.getElement().setAttribute("theme", taskTheme(state));
        }
        return badge;
    }

    /** The badge theme of a task's state (for a badge rendered in the browser, as a grid's lit renderer does). */
    static String taskTheme(TaskState state) {
        return state == null ? "" : switch (state) {
            case OPEN -> "badge contrast";
            case SUBMITTED -> "badge success";
            case REWORK -> "badge error";
        };
    }
}
