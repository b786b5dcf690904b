package cn.gongguan.glass;

import cn.gongguan.platform.TextLimit;

/** The text limits of break-the-glass accesses ({@code platform.glass_access}). */
public final class GlassLimits {

    private static final TextLimit.Table ACCESS = TextLimit.of("platform.glass_access");
    static final TextLimit COUNTY_CODE = ACCESS.recorded("countyCode", TextLimit.CODE);
    static final TextLimit OPENED_BY = ACCESS.recorded("openedBy", TextLimit.ACTOR);
    static final TextLimit TARGET_CODE = ACCESS.recorded("targetCode", TextLimit.CODE);
    static final TextLimit REASON_KIND = ACCESS.recorded("reasonKind", TextLimit.ENUM);
    /** What the reason chosen from the list does not say: which petition, case or emergency. */
    public static final TextLimit REASON_TEXT = ACCESS.required("reasonText", 500);

    private GlassLimits() {
    }
}
