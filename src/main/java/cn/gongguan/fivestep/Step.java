package cn.gongguan.fivestep;

import cn.gongguan.platform.Labelled;

/** The five-step method (五步工作法) for inflow persons, in order. */
public enum Step implements Labelled {
    /** 一访: visit the newcomer and collect accurate information. */
    VISIT,
    /** 二送: deliver the service card, and the notice to a woman of childbearing age without a certificate. */
    DELIVER,
    /** 三跟踪: follow up key groups, services received, publicity. */
    FOLLOW_UP,
    /** 四建档: the four archives. */
    ARCHIVE,
    /** 五反馈: feedback to the township and to the household-registration place. */
    FEEDBACK;

    @Override
    public String labelKey() {
        return "step." + name();
    }
}
