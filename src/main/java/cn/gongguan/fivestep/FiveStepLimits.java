package cn.gongguan.fivestep;

import cn.gongguan.platform.TextLimit;

/**
 * The text limits of the five steps' records: steps, follow-ups, archives and the service contact, used by their
 * mapping, the services' checks and the step dialogs. Their free texts (notes, plans, results) are unbounded text
 * columns kept to what a person writes.
 */
public final class FiveStepLimits {

    static final int NOTE_LENGTH = 2000;
    static final int OFFICE_LENGTH = 100;
    static final int CONTACT_PHONE_LENGTH = 40;
    static final int CONTACT_ADDRESS_LENGTH = 200;
    static final int HOURS_LENGTH = 100;

    private static final TextLimit.Table STEP_RECORD = TextLimit.of("step_record");
    static final TextLimit STEP = STEP_RECORD.recorded("step", TextLimit.ENUM);
    static final TextLimit DELIVERED = STEP_RECORD.recorded("delivered", 24);
    static final TextLimit RECORDED_BY = STEP_RECORD.recorded("recordedBy", TextLimit.ACTOR);
    /** What was collected or delivered; its own dialog says whether it is required. */
    public static final TextLimit NOTE = STEP_RECORD.optional("note", NOTE_LENGTH);

    private static final TextLimit.Table FOLLOW_UP = TextLimit.of("follow_up");
    static final TextLimit FOLLOW_UP_KIND = FOLLOW_UP.recorded("kind", TextLimit.ENUM);
    static final TextLimit ASSIGNEE = FOLLOW_UP.recorded("assignee", TextLimit.ACTOR);
    static final TextLimit DONE_BY = FOLLOW_UP.recorded("doneBy", TextLimit.ACTOR);
    static final TextLimit OUTCOME = FOLLOW_UP.recorded("outcome", 24);
    static final TextLimit FOLLOW_UP_CREATED_BY = FOLLOW_UP.recorded("createdBy", TextLimit.ACTOR);

    private static final TextLimit.Table ARCHIVE = TextLimit.of("archive");
    static final TextLimit ARCHIVE_KIND = ARCHIVE.recorded("kind", 24);
    static final TextLimit ARCHIVE_UPDATED_BY = ARCHIVE.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table SERVICE_CONTACT = TextLimit.of("service_contact");
    public static final TextLimit OFFICE = SERVICE_CONTACT.required("office", OFFICE_LENGTH);
    public static final TextLimit CONTACT_PHONE = SERVICE_CONTACT.required("phone", CONTACT_PHONE_LENGTH);
    public static final TextLimit CONTACT_ADDRESS = SERVICE_CONTACT.required("address", CONTACT_ADDRESS_LENGTH);
    public static final TextLimit HOURS = SERVICE_CONTACT.optional("hours", HOURS_LENGTH);
    static final TextLimit CONTACT_UPDATED_BY = SERVICE_CONTACT.recorded("updatedBy", TextLimit.ACTOR);

    private FiveStepLimits() {
    }
}
