package cn.gongguan.outflow.report;

import cn.gongguan.platform.Labelled;

/** What an information officer reports. */
public enum ReportKind implements Labelled {
    /** A person of the unit left to live elsewhere (外出). */
    DEPARTURE,
    /** A person away came back (返回). */
    RETURN,
    /** Someone from elsewhere came to live in the unit (流入). */
    ARRIVAL;

    @Override
    public String labelKey() {
        return "officerReport.kind." + name();
    }
}
