package cn.gongguan.governance;

/** A township's task with the operation it belongs to, as the township's pages show it. */
public record OperationTaskEntry(Operation operation, OperationTask task) {

    public long id() {
        return task.id();
    }

    /** Whether the township may still change anything under it. */
    public boolean isOpen() {
        return !operation.isClosed();
    }

    /**
     * Whether the township works on it (assigns, records): the operation not closed and the result not submitted, or
     * sent back for rework.
     */
    public boolean isWorking() {
        return isOpen() && task.state() != TaskState.SUBMITTED;
    }

    /** Whether the township may submit its result now. */
    public boolean maySubmit() {
        return isWorking();
    }
}
