package cn.gongguan.outflow.report;

import cn.gongguan.platform.TextLimit;

/**
 * The text limits of an officer's report. What the officer types about the person and the trip is checked by the
 * registry's and the outflow trips' own limits (the same lengths, the same field names); these declare the report's
 * columns and the one text of its own, the reason a report is returned.
 */
public final class ReportLimits {

    /** A village's code (12 digits) or a group's (15). */
    static final int UNIT_LENGTH = 15;
    static final int NAME_LENGTH = 50;
    static final int PHONE_LENGTH = 20;
    static final int ADDRESS_LENGTH = 200;
    static final int EMPLOYER_LENGTH = 100;
    static final int DECLARED_BY_LENGTH = 50;
    static final int REASON_LENGTH = 200;
    static final int REFUSAL_KEY_LENGTH = 80;
    static final int REFUSAL_ARGS_LENGTH = 300;

    private static final TextLimit.Table REPORT = TextLimit.of("officer_report");
    /** Why a report is sent back to its reporter: required. */
    public static final TextLimit REASON = REPORT.required("reason", REASON_LENGTH);
    static final TextLimit NAME = REPORT.optional("name", NAME_LENGTH);
    static final TextLimit PHONE = REPORT.optional("phone", PHONE_LENGTH);
    static final TextLimit ADDRESS = REPORT.optional("address", ADDRESS_LENGTH);
    static final TextLimit EMPLOYER = REPORT.optional("employer", EMPLOYER_LENGTH);
    static final TextLimit DESTINATION_ADDRESS = REPORT.optional("destinationAddress", ADDRESS_LENGTH);
    static final TextLimit WORK_UNIT = REPORT.optional("workUnit", EMPLOYER_LENGTH);
    static final TextLimit DESTINATION_PHONE = REPORT.optional("destinationPhone", PHONE_LENGTH);
    static final TextLimit DECLARED_BY = REPORT.optional("declaredBy", DECLARED_BY_LENGTH);
    static final TextLimit ORG_UNIT = REPORT.recorded("orgUnit", UNIT_LENGTH).inColumn("org_unit_code");
    static final TextLimit REPORTER_UNIT = REPORT.recorded("reporterUnit", UNIT_LENGTH);
    static final TextLimit KIND = REPORT.recorded("kind", TextLimit.ENUM);
    static final TextLimit STATE = REPORT.recorded("state", TextLimit.ENUM);
    static final TextLimit FLOW_TYPE = REPORT.recorded("flowType", TextLimit.ENUM);
    static final TextLimit MARITAL_STATUS = REPORT.recorded("maritalStatus", TextLimit.ENUM);
    static final TextLimit REFUSAL_KEY = REPORT.recorded("refusalKey", REFUSAL_KEY_LENGTH);
    static final TextLimit REFUSAL_ARGS = REPORT.recorded("refusalArgs", REFUSAL_ARGS_LENGTH);
    static final TextLimit REPORTED_BY = REPORT.recorded("reportedBy", TextLimit.ACTOR);
    static final TextLimit FORWARDED_BY = REPORT.recorded("forwardedBy", TextLimit.ACTOR);
    static final TextLimit DECIDED_BY = REPORT.recorded("decidedBy", TextLimit.ACTOR);
    static final TextLimit UPDATED_BY = REPORT.recorded("updatedBy", TextLimit.ACTOR);

    private ReportLimits() {
    }
}
