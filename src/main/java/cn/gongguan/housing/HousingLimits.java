package cn.gongguan.housing;

import cn.gongguan.platform.TextLimit;

/**
 * The text limits of rental houses, monthly reports and sweeps, used by their mapping, the services' checks and the
 * housing forms.
 */
public final class HousingLimits {

    static final int ADDRESS_LENGTH = 200;
    static final int LANDLORD_NAME_LENGTH = 50;
    static final int LANDLORD_PHONE_LENGTH = 20;
    static final int STAFF_LENGTH = 200;
    static final int SWEEP_PLAN_NOTE_LENGTH = 500;

    private static final TextLimit.Table RENTAL_HOUSE = TextLimit.of("rental_house");
    public static final TextLimit ADDRESS = RENTAL_HOUSE.required("address", ADDRESS_LENGTH);
    public static final TextLimit LANDLORD_NAME = RENTAL_HOUSE.required("landlordName", LANDLORD_NAME_LENGTH);
    public static final TextLimit LANDLORD_PHONE = RENTAL_HOUSE.optional("landlordPhone", LANDLORD_PHONE_LENGTH);
    public static final TextLimit ORG_UNIT = RENTAL_HOUSE.recorded("orgUnit", TextLimit.UNIT_CODE).inColumn("org_unit_code");
    static final TextLimit HOUSE_UPDATED_BY = RENTAL_HOUSE.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table MONTHLY_REPORT = TextLimit.of("monthly_report");
    static final TextLimit REPORT_UPDATED_BY = MONTHLY_REPORT.recorded("updatedBy", TextLimit.ACTOR);
    static final TextLimit LINE_STATUS = TextLimit.of("report_line").recorded("status", TextLimit.ENUM);
    static final TextLimit REVISED_BY = TextLimit.of("report_revision").recorded("revisedBy", TextLimit.ACTOR);

    private static final TextLimit.Table SWEEP = TextLimit.of("sweep");
    /** Who swept, as typed: several names. */
    public static final TextLimit STAFF = SWEEP.required("staff", STAFF_LENGTH);
    /** A text column: the limit is the service's, as long as a step's note. */
    public static final TextLimit SWEEP_NOTE = SWEEP.optional("note", 2000);
    static final TextLimit SWEEP_CREATED_BY = SWEEP.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit FINDING_KIND = TextLimit.of("sweep_finding").recorded("kind", TextLimit.ENUM);

    private static final TextLimit.Table SWEEP_PLAN = TextLimit.of("sweep_plan");
    /** What the plan says besides its rhythm (who sweeps, which streets first). */
    public static final TextLimit SWEEP_PLAN_NOTE = SWEEP_PLAN.optional("note", SWEEP_PLAN_NOTE_LENGTH);
    static final TextLimit SWEEP_PLAN_UPDATED_BY = SWEEP_PLAN.recorded("updatedBy", TextLimit.ACTOR);

    private HousingLimits() {
    }
}
