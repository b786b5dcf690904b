package cn.gongguan.enterprise;

import cn.gongguan.platform.TextLimit;

/** The text limits of enterprises, their staff and their tasks: the mapping, the services' checks, forms and import. */
public final class EnterpriseLimits {

    static final int NAME_LENGTH = 100;
    static final int INDUSTRY_LENGTH = 50;
    static final int ADDRESS_LENGTH = 200;
    static final int CONTACT_NAME_LENGTH = 50;
    static final int CONTACT_PHONE_LENGTH = 20;
    static final int NOTE_LENGTH = 500;
    static final int JOB_LENGTH = 50;
    static final int TITLE_LENGTH = 200;

    private static final TextLimit.Table ENTERPRISE = TextLimit.of("enterprise");
    public static final TextLimit NAME = ENTERPRISE.required("name", NAME_LENGTH);
    public static final TextLimit INDUSTRY = ENTERPRISE.required("industry", INDUSTRY_LENGTH);
    public static final TextLimit ADDRESS = ENTERPRISE.required("address", ADDRESS_LENGTH);
    /** GB 32100: always 18 characters; checked by {@link CreditCode}. */
    public static final TextLimit CREDIT_CODE = ENTERPRISE.optional("creditCode", CreditCode.LENGTH);
    public static final TextLimit CONTACT_NAME = ENTERPRISE.required("contactName", CONTACT_NAME_LENGTH);
    public static final TextLimit CONTACT_PHONE = ENTERPRISE.required("contactPhone", CONTACT_PHONE_LENGTH);
    public static final TextLimit NOTE = ENTERPRISE.optional("note", NOTE_LENGTH);
    static final TextLimit ORG_UNIT = ENTERPRISE.recorded("orgUnit", TextLimit.UNIT_CODE).inColumn("org_unit_code");
    static final TextLimit ASSOCIATION = ENTERPRISE.recorded("association", TextLimit.ENUM);
    static final TextLimit CREATED_BY = ENTERPRISE.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit UPDATED_BY = ENTERPRISE.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table STAFF = TextLimit.of("enterprise_staff");
    public static final TextLimit JOB = STAFF.optional("job", JOB_LENGTH);
    static final TextLimit STAFF_CREATED_BY = STAFF.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit STAFF_UPDATED_BY = STAFF.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table TASK = TextLimit.of("enterprise_task");
    public static final TextLimit TITLE = TASK.required("title", TITLE_LENGTH);
    public static final TextLimit DONE_NOTE = TASK.optional("doneNote", NOTE_LENGTH);
    static final TextLimit KIND = TASK.recorded("kind", TextLimit.ENUM);
    static final TextLimit TASK_CREATED_BY = TASK.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit TASK_UPDATED_BY = TASK.recorded("updatedBy", TextLimit.ACTOR);

    private EnterpriseLimits() {
    }
}
