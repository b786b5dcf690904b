package cn.gongguan.certificate.api;

import cn.gongguan.platform.TextLimit;

/** The text limits of the API tokens ({@code platform.api_token}), for the mapping, the service's check and the form. */
public final class ApiTokenLimits {

    private static final TextLimit.Table TOKEN = TextLimit.of("platform.api_token");
    /** What the token is for, e.g. 县公安局户籍系统: names the department's system in the lists and the audit trail. */
    public static final TextLimit NAME = TOKEN.required("name", 60);
    static final TextLimit COUNTY = TOKEN.recorded("countyCode", TextLimit.CODE);
    static final TextLimit DEPARTMENT = TOKEN.recorded("department", TextLimit.ENUM);
    static final TextLimit HINT = TOKEN.recorded("hint", 16);
    static final TextLimit CREATED_BY = TOKEN.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit ROTATED_BY = TOKEN.recorded("rotatedBy", TextLimit.ACTOR);
    static final TextLimit REVOKED_BY = TOKEN.recorded("revokedBy", TextLimit.ACTOR);

    /** The highest limit per minute a token may be given (the database refuses more). */
    public static final int MAX_PER_MINUTE = 1_000_000;

    private ApiTokenLimits() {
    }
}
