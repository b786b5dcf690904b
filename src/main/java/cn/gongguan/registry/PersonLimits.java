package cn.gongguan.registry;

import cn.gongguan.platform.TextLimit;

/** The text limits of a person, used by {@link Person}'s mapping, the registry's checks and the person form. */
public final class PersonLimits {

    static final int NAME_LENGTH = 50;
    static final int NAME_PINYIN_LENGTH = 300;
    static final int PHONE_LENGTH = 20;
    static final int ADDRESS_LENGTH = 200;
    static final int EMPLOYER_LENGTH = 100;
    static final int CERTIFICATE_NUMBER_LENGTH = 50;
    static final int CERTIFICATE_PLACE_LENGTH = 100;

    private static final TextLimit.Table PERSON = TextLimit.of("person");
    public static final TextLimit NAME = PERSON.required("name", NAME_LENGTH);
    public static final TextLimit PHONE = PERSON.optional("phone", PHONE_LENGTH);
    public static final TextLimit ADDRESS = PERSON.optional("address", ADDRESS_LENGTH);
    public static final TextLimit EMPLOYER = PERSON.optional("employer", EMPLOYER_LENGTH);
    public static final TextLimit CERTIFICATE_NUMBER = PERSON.optional("certificateNumber", CERTIFICATE_NUMBER_LENGTH);
    public static final TextLimit CERTIFICATE_PLACE = PERSON.optional("certificatePlace", CERTIFICATE_PLACE_LENGTH);
    public static final TextLimit ORG_UNIT = PERSON.recorded("orgUnit", TextLimit.UNIT_CODE).inColumn("org_unit_code");
    /** Derived from the name: its pinyin, and its initials which are never longer than the name. */
    static final TextLimit NAME_PINYIN = PERSON.recorded("namePinyin", NAME_PINYIN_LENGTH);
    static final TextLimit NAME_INITIALS = PERSON.recorded("nameInitials", NAME_LENGTH);
    static final TextLimit SEX = PERSON.recorded("sex", 8);

    static final TextLimit FLOW_TYPE = PERSON.recorded("flowType", TextLimit.ENUM);
    static final TextLimit MARITAL_STATUS = PERSON.recorded("maritalStatus", TextLimit.ENUM);
    static final TextLimit CREATED_BY = PERSON.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit UPDATED_BY = PERSON.recorded("updatedBy", TextLimit.ACTOR);

    private PersonLimits() {
    }
}
