package cn.gongguan.outflow;

import cn.gongguan.platform.Labelled;

/** Where a trip was first recorded. */
public enum TripSource implements Labelled {
    /** Declared at the township's family-planning office. */
    TOWNSHIP,
    /** Reported by an information officer and accepted by the township. */
    OFFICER,
    /** Discovered by a monthly re-check. */
    RECHECK,
    /** Taken over from a township's own outflow list (Excel). */
    IMPORT,
    /** Reported by a police station's monthly report (a move out of the township). */
    POLICE;

    @Override
    public String labelKey() {
        return "outflow.source." + name();
    }
}
