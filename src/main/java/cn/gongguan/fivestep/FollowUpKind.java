package cn.gongguan.fivestep;

import cn.gongguan.platform.Labelled;

/** The three kinds of follow-up (三跟踪). */
public enum FollowUpKind implements Labelled {
    /** 随访跟踪: visits to a person of a key group. */
    KEY_GROUP,
    /** 服务跟踪: how a service the person received went. */
    SERVICE,
    /** 宣传跟踪: publicity for someone who does not know the family-planning and reproductive-health services. */
    PUBLICITY;

    @Override
    public String labelKey() {
        return "followUp.kind." + name();
    }
}
