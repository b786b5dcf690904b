package cn.gongguan.glass;

import cn.gongguan.platform.Labelled;

/** Why a county user opens a record under break-the-glass (紧急查阅); a text says more. */
public enum GlassReason implements Labelled {
    /** 信访核查: a petition or complaint to be checked. */
    PETITION,
    /** 督导检查: a supervision visit or inspection of the unit's work. */
    SUPERVISION,
    /** 案件协查: assistance to another authority's case. */
    CASE_ASSISTANCE,
    /** 应急处置: an emergency. */
    EMERGENCY,
    OTHER;

    @Override
    public String labelKey() {
        return "glass.reason." + name();
    }
}
