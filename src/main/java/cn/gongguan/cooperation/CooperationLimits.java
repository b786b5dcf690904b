package cn.gongguan.cooperation;

import cn.gongguan.platform.TextLimit;

/** The text columns of regional cooperation (platform changeset platform-116), declared once. */
public final class CooperationLimits {

    private static final TextLimit.Table FILE = TextLimit.of("platform.coop_file");
    static final TextLimit FILE_OWNER = FILE.recorded("ownerCode", TextLimit.CODE);
    public static final TextLimit FILE_NAME = FILE.recorded("name", 200);
    static final TextLimit FILE_TYPE = FILE.recorded("contentType", 100);
    static final TextLimit FILE_UPLOADED_BY = FILE.recorded("uploadedBy", TextLimit.ACTOR);

    private static final TextLimit.Table AGREEMENT = TextLimit.of("platform.coop_agreement");
    static final TextLimit AGREEMENT_OWNER = AGREEMENT.recorded("ownerCode", TextLimit.CODE);
    public static final TextLimit TITLE = AGREEMENT.required("title", 200);
    public static final TextLimit SCOPE = AGREEMENT.required("scope", 2000);
    static final TextLimit AGREEMENT_RECORDED_BY = AGREEMENT.recorded("recordedBy", TextLimit.ACTOR);
    static final TextLimit AGREEMENT_UPDATED_BY = AGREEMENT.recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table PARTY = TextLimit.of("platform.coop_party");
    static final TextLimit PARTY_OWNER = PARTY.recorded("ownerCode", TextLimit.CODE);
    static final TextLimit PARTY_DIVISION = PARTY.recorded("divisionCode", TextLimit.CODE);

    private static final TextLimit.Table BULLETIN = TextLimit.of("platform.coop_bulletin");
    static final TextLimit BULLETIN_OWNER = BULLETIN.recorded("ownerCode", TextLimit.CODE);
    static final TextLimit BULLETIN_DIRECTION = BULLETIN.recorded("direction", TextLimit.ENUM);
    static final TextLimit BULLETIN_PARTNER = BULLETIN.recorded("partnerCode", TextLimit.CODE);
    /** As long as a notice's title in the exchange, which carries a sent bulletin. */
    public static final TextLimit BULLETIN_TITLE = BULLETIN.required("title", 100);
    public static final TextLimit BULLETIN_TEXT = BULLETIN.required("text", 4000);
    static final TextLimit BULLETIN_RECORDED_BY = BULLETIN.recorded("recordedBy", TextLimit.ACTOR);

    private static final TextLimit.Table MEETING = TextLimit.of("platform.coop_meeting");
    static final TextLimit MEETING_OWNER = MEETING.recorded("ownerCode", TextLimit.CODE);
    public static final TextLimit PLACE = MEETING.required("place", 200);
    public static final TextLimit ATTENDEES = MEETING.required("attendees", 1000);
    public static final TextLimit DECISIONS = MEETING.required("decisions", 4000);
    public static final TextLimit FOLLOW_UPS = MEETING.optional("followUps", 2000);
    static final TextLimit MEETING_RECORDED_BY = MEETING.recorded("recordedBy", TextLimit.ACTOR);

    private CooperationLimits() {
    }
}
