package cn.gongguan.enterprise;

import cn.gongguan.platform.Labelled;

/** What a task asks of an enterprise's family-planning contact. */
public enum TaskKind implements Labelled {
    /** Collect the marriage-and-childbearing certificates of the staff it names. */
    CERTIFICATES,
    /** Anything else the unit asks (a meeting, a publicity board, a list to send). */
    OTHER;

    @Override
    public String labelKey() {
        return "enterprise.task.kind." + name();
    }
}
