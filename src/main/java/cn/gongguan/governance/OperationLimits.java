package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;

/** The text limits of joint operations and the rows under them (platform.operation and its tables). */
public final class OperationLimits {

    private static final TextLimit.Table OPERATION = TextLimit.of("platform.operation");
    static final TextLimit COUNTY_CODE = OPERATION.recorded("countyCode", TextLimit.CODE);
    public static final TextLimit TITLE = OPERATION.required("title", 100);
    static final TextLimit LOCATION_KINDS = OPERATION.recorded("locationKinds", 100);
    static final TextLimit DEPARTMENTS = OPERATION.recorded("departments", 100);
    /** Who leads the operation (牵头人 or 牵头单位). */
    public static final TextLimit LEAD = OPERATION.required("lead", 50);
    public static final TextLimit INSTRUCTIONS = OPERATION.required("instructions", 2000);
    static final TextLimit STATE = OPERATION.recorded("state", TextLimit.ENUM);
    /** The county's summary when it closes the operation. */
    public static final TextLimit SUMMARY = OPERATION.required("summary", 2000);
    static final TextLimit PLANNED_BY = OPERATION.recorded("plannedBy", TextLimit.ACTOR);
    static final TextLimit PUBLISHED_BY = OPERATION.recorded("publishedBy", TextLimit.ACTOR);
    static final TextLimit CLOSED_BY = OPERATION.recorded("closedBy", TextLimit.ACTOR);

    private static final TextLimit.Table TARGET = TextLimit.of("platform.operation_target");
    static final TextLimit TARGET_COUNTY = TARGET.recorded("countyCode", TextLimit.CODE);
    static final TextLimit TARGET_TOWNSHIP = TARGET.recorded("townshipCode", TextLimit.CODE);

    private static final TextLimit.Table LIAISON = TextLimit.of("platform.operation_liaison");
    static final TextLimit LIAISON_COUNTY = LIAISON.recorded("countyCode", TextLimit.CODE);

    private static final TextLimit.Table TASK = TextLimit.of("platform.operation_task");
    static final TextLimit TASK_COUNTY = TASK.recorded("countyCode", TextLimit.CODE);
    static final TextLimit TASK_TOWNSHIP = TASK.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit TASK_STATE = TASK.recorded("state", TextLimit.ENUM);
    /** What the township says with its result. */
    public static final TextLimit RESULT_NOTE = TASK.optional("resultNote", 1000);
    static final TextLimit SUBMITTED_BY = TASK.recorded("submittedBy", TextLimit.ACTOR);
    /** Why the county asks for rework. */
    public static final TextLimit REWORK_REASON = TASK.required("reworkReason", 500);
    static final TextLimit REWORK_BY = TASK.recorded("reworkBy", TextLimit.ACTOR);

    private static final TextLimit.Table LOCATION = TextLimit.of("platform.operation_location");
    static final TextLimit LOCATION_COUNTY = LOCATION.recorded("countyCode", TextLimit.CODE);
    static final TextLimit LOCATION_TOWNSHIP = LOCATION.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit LOCATION_KIND = LOCATION.recorded("kind", 24);
    static final TextLimit LOCATION_NAME = LOCATION.recorded("name", 100);
    static final TextLimit LOCATION_UNIT = LOCATION.recorded("unitName", 100);
    /** The team a township sends to a location (its members or its name). */
    public static final TextLimit TEAM = LOCATION.required("team", 200);

    private static final TextLimit.Table LIAISON_FINDING = TextLimit.of("platform.liaison_finding");
    static final TextLimit FINDING_COUNTY = LIAISON_FINDING.recorded("countyCode", TextLimit.CODE);
    static final TextLimit FINDING_TOWNSHIP = LIAISON_FINDING.recorded("townshipCode", TextLimit.CODE);
    static final TextLimit FINDING_DEPARTMENT = LIAISON_FINDING.recorded("department", 24);
    static final TextLimit FINDING_BY = LIAISON_FINDING.recorded("recordedBy", TextLimit.ACTOR);
    static final TextLimit FINDING_BY_NAME = LIAISON_FINDING.recorded("recordedByName", 100);
    /** What a liaison's finding says besides its counts and persons. */
    public static final TextLimit FINDING_NOTE = LIAISON_FINDING.optional("note", 1000);
    static final TextLimit TAKEN_PROBLEM = LIAISON_FINDING.recorded("takenProblem", 500);

    private OperationLimits() {
    }
}
