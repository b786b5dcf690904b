package cn.gongguan.governance;

import cn.gongguan.platform.TextLimit;

/** The text limits of key locations, used by their mapping, the service's checks, the form and the import. */
public final class KeyLocationLimits {

    static final int NAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 200;
    static final int CONTACT_PERSON_LENGTH = 50;
    static final int CONTACT_PHONE_LENGTH = 20;
    static final int NOTE_LENGTH = 500;

    private static final TextLimit.Table KEY_LOCATION = TextLimit.of("key_location");
    public static final TextLimit NAME = KEY_LOCATION.required("name", NAME_LENGTH);
    public static final TextLimit ADDRESS = KEY_LOCATION.optional("address", ADDRESS_LENGTH);
    public static final TextLimit CONTACT_PERSON = KEY_LOCATION.optional("contactPerson", CONTACT_PERSON_LENGTH);
    public static final TextLimit CONTACT_PHONE = KEY_LOCATION.optional("contactPhone", CONTACT_PHONE_LENGTH);
    public static final TextLimit NOTE = KEY_LOCATION.optional("note", NOTE_LENGTH);
    static final TextLimit KIND = KEY_LOCATION.recorded("kind", TextLimit.ENUM);
    static final TextLimit ORG_UNIT = KEY_LOCATION.recorded("orgUnit", TextLimit.UNIT_CODE).inColumn("org_unit_code");
    static final TextLimit DEPARTMENT = KEY_LOCATION.recorded("department", TextLimit.ENUM);
    static final TextLimit UPDATED_BY = KEY_LOCATION.recorded("updatedBy", TextLimit.ACTOR);

    private KeyLocationLimits() {
    }
}
