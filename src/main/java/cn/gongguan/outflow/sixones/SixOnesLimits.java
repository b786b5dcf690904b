package cn.gongguan.outflow.sixones;

import cn.gongguan.platform.TextLimit;

/** The text limits of the six ones' records, used by their mapping, the services' checks and the forms. */
public final class SixOnesLimits {

    static final int NAME_LENGTH = 100;
    static final int CHAIR_LENGTH = 50;
    static final int PHONE_LENGTH = 20;
    static final int OBLIGATIONS_LENGTH = 2000;
    static final int NUMBER_LENGTH = 30;
    static final int SERVICES_LENGTH = 100;
    static final int PLACE_LENGTH = 100;
    /** The note inside the sealed measure; it is sealed, so no column holds it. */
    static final int MEASURE_NOTE_LENGTH = 500;

    private static final TextLimit.Table ASSOCIATION = TextLimit.of("fp_association");
    static final TextLimit ASSOCIATION_UNIT = ASSOCIATION.recorded("orgUnit", TextLimit.CODE).inColumn("org_unit_code");
    public static final TextLimit ASSOCIATION_NAME = ASSOCIATION.required("name", NAME_LENGTH);
    public static final TextLimit CHAIR = ASSOCIATION.required("chair", CHAIR_LENGTH);
    public static final TextLimit ASSOCIATION_PHONE = ASSOCIATION.optional("phone", PHONE_LENGTH);
    static final TextLimit ASSOCIATION_UPDATED_BY = ASSOCIATION.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table CONTRACT = TextLimit.of("management_contract");
    public static final TextLimit OBLIGATIONS = CONTRACT.required("obligations", OBLIGATIONS_LENGTH);
    static final TextLimit CONTRACT_UPDATED_BY = CONTRACT.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table CERTIFICATE = TextLimit.of("certificate_issue");
    public static final TextLimit CERTIFICATE_NUMBER = CERTIFICATE.required("number", NUMBER_LENGTH);
    static final TextLimit CERTIFICATE_UPDATED_BY = CERTIFICATE.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table SERVICE = TextLimit.of("health_service");
    static final TextLimit SERVICES = SERVICE.recorded("services", SERVICES_LENGTH);
    static final TextLimit DONE_WHERE = SERVICE.recorded("doneWhere", TextLimit.ENUM);
    public static final TextLimit PLACE = SERVICE.required("place", PLACE_LENGTH);
    static final TextLimit SERVICE_UPDATED_BY = SERVICE.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table MEASURE = TextLimit.of("contraceptive_measure");
    static final TextLimit MEASURE_UPDATED_BY = MEASURE.recorded("updatedBy", TextLimit.ACTOR);

    private SixOnesLimits() {
    }
}
