package cn.gongguan.outflow.report;

import cn.gongguan.platform.Labelled;

/** Where an officer's report is on its way from the reporter to the township. */
public enum ReportState implements Labelled {
    /** A level-2 officer's report waiting at the village station to be forwarded. */
    SUBMITTED,
    /** At the township, waiting to be accepted (汇总上报). */
    FORWARDED,
    /** Sent back to the reporter with a reason, by the village station or the township. */
    RETURNED,
    /** Accepted by the township: the trip or the person is recorded. */
    ACCEPTED;

    @Override
    public String labelKey() {
        return "officerReport.state." + name();
    }
}
