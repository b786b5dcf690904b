package cn.gongguan.police;

import cn.gongguan.platform.TextLimit;

/** The text limits of police stations and their reports, used by the mapping, the services and the forms. */
public final class PoliceLimits {

    static final int STATION_NAME_LENGTH = 50;
    static final int STATION_CODE_LENGTH = 30;
    static final int STATION_PHONE_LENGTH = 20;
    static final int STATION_CONTACT_LENGTH = 50;
    static final int ROW_NAME_LENGTH = 50;
    static final int PLACE_LENGTH = 200;
    static final int NOTE_LENGTH = 200;

    private static final TextLimit.Table STATION = TextLimit.of("police_station");
    public static final TextLimit STATION_NAME = STATION.required("name", STATION_NAME_LENGTH);
    /** The station's own number in the public security system, when the township keeps it. */
    public static final TextLimit STATION_CODE = STATION.optional("code", STATION_CODE_LENGTH);
    public static final TextLimit STATION_PHONE = STATION.optional("phone", STATION_PHONE_LENGTH);
    /** Who at the station sends the report. */
    public static final TextLimit STATION_CONTACT = STATION.optional("contact", STATION_CONTACT_LENGTH);
    static final TextLimit STATION_UPDATED_BY = STATION.recorded("updatedBy", TextLimit.ACTOR);

    static final TextLimit REPORT_UPDATED_BY = TextLimit.of("police_report").recorded("updatedBy", TextLimit.ACTOR);

    private static final TextLimit.Table ROW = TextLimit.of("police_report_row");
    public static final TextLimit ROW_NAME = ROW.required("name", ROW_NAME_LENGTH);
    /** The address here (an arrival) or where to or from (a move), as the station wrote it. */
    public static final TextLimit PLACE = ROW.optional("place", PLACE_LENGTH);
    public static final TextLimit NOTE = ROW.optional("note", NOTE_LENGTH);
    static final TextLimit ROW_KIND = ROW.recorded("kind", TextLimit.ENUM);
    static final TextLimit ROW_OUTCOME = ROW.recorded("outcome", TextLimit.ENUM);
    static final TextLimit ROW_RECORDED_BY = ROW.recorded("recordedBy", TextLimit.ACTOR);

    private PoliceLimits() {
    }
}
