package cn.gongguan.reference;

import cn.gongguan.platform.TextLimit;

/** The text limits of the working-day calendar as the county's administrator enters it. */
public final class CalendarLimits {

    static final int SOURCE_LENGTH = 100;
    static final int DAY_NAME_LENGTH = 50;

    private static final TextLimit.Table YEAR = TextLimit.of("platform.calendar_year");
    /** The State Council notice the year's days come from. */
    public static final TextLimit SOURCE = YEAR.required("source", SOURCE_LENGTH);
    static final TextLimit ENTERED_BY = YEAR.recorded("enteredBy", TextLimit.ACTOR);

    private static final TextLimit.Table DAY = TextLimit.of("platform.calendar_day");
    static final TextLimit KIND = DAY.recorded("kind", 8);
    public static final TextLimit NAME_ZH = DAY.required("nameZh", DAY_NAME_LENGTH);
    public static final TextLimit NAME_EN = DAY.required("nameEn", DAY_NAME_LENGTH);

    private static final TextLimit.Table CHANGE = TextLimit.of("platform.calendar_change");
    static final TextLimit CHANGE_SOURCE = CHANGE.required("source", SOURCE_LENGTH);
    static final TextLimit REQUESTED_BY = CHANGE.recorded("requestedBy", TextLimit.ACTOR);
    static final TextLimit DECIDED_BY = CHANGE.recorded("decidedBy", TextLimit.ACTOR);
    static final TextLimit DECISION = CHANGE.recorded("decision", TextLimit.ENUM);

    private CalendarLimits() {
    }
}
