package cn.gongguan.governance;

import cn.gongguan.platform.Labelled;

/** Where a joint operation stands. */
public enum OperationState implements Labelled {
    /** Planned by the county, seen by nobody else yet. */
    DRAFT,
    /** Its target townships hold a task each. */
    PUBLISHED,
    /** Closed with a summary: nothing under it changes any more. */
    CLOSED;

    @Override
    public String labelKey() {
        return "operation.state." + name();
    }
}
