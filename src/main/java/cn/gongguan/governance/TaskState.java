package cn.gongguan.governance;

import cn.gongguan.platform.Labelled;

/** Where a township's task of a joint operation stands. */
public enum TaskState implements Labelled {
    /** Received: the township assigns teams and locations and records findings. */
    OPEN,
    /** The township submitted its result. */
    SUBMITTED,
    /** The county asked for rework with a reason; the township works on and submits again. */
    REWORK;

    @Override
    public String labelKey() {
        return "operation.task.state." + name();
    }
}
