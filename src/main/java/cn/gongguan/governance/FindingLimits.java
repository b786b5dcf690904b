package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;

/** The text limits of the findings a township keeps of its joint operations (tenant tables operation_finding*). */
public final class FindingLimits {

    private static final TextLimit.Table FINDING = TextLimit.of("operation_finding");
    static final TextLimit ORG_UNIT = FINDING.recorded("orgUnit", TextLimit.UNIT_CODE).inColumn("org_unit_code");
    static final TextLimit SOURCE = FINDING.recorded("source", TextLimit.ENUM);
    static final TextLimit DEPARTMENT = FINDING.recorded("department", 24);
    static final TextLimit LIAISON_NAME = FINDING.recorded("liaisonName", 100);
    /** What a finding says besides its counts, persons and houses. */
    public static final TextLimit NOTE = FINDING.optional("note", 1000);
    static final TextLimit RECORDED_BY = FINDING.recorded("recordedBy", TextLimit.ACTOR);

    static final TextLimit REFERRAL_KIND = TextLimit.of("operation_finding_referral").recorded("kind", 24);

    private static final TextLimit.Table PROBLEM = TextLimit.of("operation_finding_problem");
    static final TextLimit PROBLEM_ID_NUMBER = PROBLEM.recorded("idNumber", 18);
    static final TextLimit PROBLEM_NAME = PROBLEM.recorded("name", 50);
    static final TextLimit PROBLEM_PHONE = PROBLEM.recorded("phone", 20);
    static final TextLimit PROBLEM_REASON = PROBLEM.recorded("reasonKey", 100);
    static final TextLimit PROBLEM_SETTLED_BY = PROBLEM.recorded("settledBy", TextLimit.ACTOR);

    private FindingLimits() {
    }
}
