package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;

/** The text limits of the governance group's records and the supervision visits, for mapping, checks and forms. */
public final class GovernanceLimits {

    static final int NAME_LENGTH = 50;
    static final int DUTY_LENGTH = 50;
    static final int PHONE_LENGTH = 20;
    static final int ATTENDEES_LENGTH = 500;
    static final int VISIT_TEXT_LENGTH = 2000;

    private static final TextLimit.Table MEMBER = TextLimit.of("governance_member");
    public static final TextLimit MEMBER_NAME = MEMBER.required("name", NAME_LENGTH);
    static final TextLimit MEMBER_DEPARTMENT = MEMBER.recorded("department", TextLimit.ENUM);
    public static final TextLimit DUTY = MEMBER.required("duty", DUTY_LENGTH);
    public static final TextLimit PHONE = MEMBER.optional("phone", PHONE_LENGTH);
    static final TextLimit MEMBER_UPDATED_BY = MEMBER.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table PLAN = TextLimit.of("governance_plan");
    /** A text column: the limit is the service's, generous for a year's plan. */
    public static final TextLimit PLAN_TEXT = PLAN.required("text", 20_000);
    static final TextLimit PLAN_UPDATED_BY = PLAN.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table MEETING = TextLimit.of("governance_meeting");
    public static final TextLimit ATTENDEES = MEETING.required("attendees", ATTENDEES_LENGTH);
    public static final TextLimit DECISIONS = MEETING.required("decisions", 4000);
    static final TextLimit MEETING_UPDATED_BY = MEETING.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table VISIT = TextLimit.of("platform.supervision_visit");
    static final TextLimit VISIT_COUNTY = VISIT.recorded("countyCode", TextLimit.CODE);
    static final TextLimit VISIT_TOWNSHIP = VISIT.recorded("townshipCode", TextLimit.CODE);
    public static final TextLimit FINDINGS = VISIT.required("findings", VISIT_TEXT_LENGTH);
    public static final TextLimit RECTIFICATION = VISIT.required("rectification", VISIT_TEXT_LENGTH);
    static final TextLimit RECORDED_BY = VISIT.recorded("recordedBy", TextLimit.ACTOR);
    /** What the township rectified: required when it answers, so nullable in the table. */
    public static final TextLimit RECTIFIED = VISIT.optional("rectified", VISIT_TEXT_LENGTH);
    static final TextLimit ANSWERED_BY = VISIT.recorded("answeredBy", TextLimit.ACTOR);

    private GovernanceLimits() {
    }
}
