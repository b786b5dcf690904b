package cn.gongguan.assessment;

import cn.gongguan.platform.TextLimit;

/** The text limits of the assessment's tables, for checks and forms. */
public final class AssessmentLimits {

    static final int REASON_LENGTH = 1000;

    private static final TextLimit.Table SCHEME = TextLimit.of("platform.assessment_scheme");
    static final TextLimit SCHEME_COUNTY = SCHEME.recorded("countyCode", TextLimit.CODE);
    /** The scheme's file: written by the service, read back with {@link SchemeFile#MOST_CHARACTERS} at most. */
    static final TextLimit SCHEME_BODY = SCHEME.recorded("body", SchemeFile.MOST_CHARACTERS);
    /** What a save changed, in the keeper's words. */
    public static final TextLimit NOTE = SCHEME.optional("note", 500);
    static final TextLimit SAVED_BY = SCHEME.recorded("savedBy", TextLimit.ACTOR);

    private static final TextLimit.Table YEAR = TextLimit.of("platform.assessment_year");
    static final TextLimit YEAR_COUNTY = YEAR.recorded("countyCode", TextLimit.CODE);
    static final TextLimit YEAR_STATE = YEAR.recorded("state", 8);
    static final TextLimit YEAR_CHANGED_BY = YEAR.recorded("changedBy", TextLimit.ACTOR);
    /** Why a locked year is reopened: required then. */
    public static final TextLimit REOPEN_REASON = YEAR.required("reason", 500);

    private static final TextLimit.Table CONFIRMATION = TextLimit.of("platform.assessment_confirmation");
    static final TextLimit CONFIRMATION_COUNTY = CONFIRMATION.recorded("countyCode", TextLimit.CODE);
    static final TextLimit CONFIRMATION_TOWNSHIP = CONFIRMATION.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit CONFIRMED_BY = CONFIRMATION.recorded("confirmedBy", TextLimit.ACTOR);

    private static final TextLimit.Table OBJECTION = TextLimit.of("platform.assessment_objection");
    static final TextLimit OBJECTION_COUNTY = OBJECTION.recorded("countyCode", TextLimit.CODE);
    static final TextLimit OBJECTION_TOWNSHIP = OBJECTION.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit OBJECTION_ITEM = OBJECTION.recorded("item", 48);
    /** Why the township objects to a deduction. */
    public static final TextLimit OBJECTION_REASON = OBJECTION.required("reason", REASON_LENGTH);
    static final TextLimit RAISED_BY = OBJECTION.recorded("raisedBy", TextLimit.ACTOR);
    static final TextLimit DECISION = OBJECTION.recorded("decision", 8);
    /** Why the county upheld or rejected an objection. */
    public static final TextLimit DECISION_REASON = OBJECTION.required("decisionReason", REASON_LENGTH);
    static final TextLimit DECIDED_BY = OBJECTION.recorded("decidedBy", TextLimit.ACTOR);

    private static final TextLimit.Table RESULT = TextLimit.of("platform.assessment_result");
    static final TextLimit RESULT_COUNTY = RESULT.recorded("countyCode", TextLimit.CODE);
    static final TextLimit RESULT_TOWNSHIP = RESULT.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit RATING = RESULT.recorded("rating", 12);

    private AssessmentLimits() {
    }
}
