package cn.gongguan.outflow;

import cn.gongguan.platform.TextLimit;

/** The text limits of the outflow records, used by their mapping, the services' checks and the forms. */
public final class OutflowLimits {

    static final int ADDRESS_LENGTH = 200;
    static final int WORK_UNIT_LENGTH = 100;
    static final int PHONE_LENGTH = 20;
    static final int DECLARED_BY_LENGTH = 50;

    private static final TextLimit.Table TRIP = TextLimit.of("outflow_trip");
    public static final TextLimit DESTINATION_ADDRESS = TRIP.optional("destinationAddress", ADDRESS_LENGTH);
    public static final TextLimit WORK_UNIT = TRIP.optional("workUnit", WORK_UNIT_LENGTH);
    public static final TextLimit DESTINATION_PHONE = TRIP.optional("destinationPhone", PHONE_LENGTH);
    public static final TextLimit DECLARED_BY = TRIP.required("declaredBy", DECLARED_BY_LENGTH);
    static final TextLimit SOURCE = TRIP.recorded("source", TextLimit.ENUM);
    static final TextLimit CREATED_BY = TRIP.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit UPDATED_BY = TRIP.recorded("updatedBy", TextLimit.ACTOR);
    /** The place that recorded an outflow person, from the person index's task (a tenant's code). */
    static final TextLimit CONFIRMED_BY_PLACE =
            TextLimit.of("outflow_confirmation").recorded("placeCode", TextLimit.CODE);

    private OutflowLimits() {
    }
}
