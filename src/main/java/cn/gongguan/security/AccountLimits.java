package cn.gongguan.security;

import cn.gongguan.platform.TextLimit;

/** The text limits of user accounts and their security records, used by the account services and forms. */
public final class AccountLimits {

    private static final TextLimit.Table APP_USER = TextLimit.of("platform.app_user");
    public static final TextLimit USERNAME = APP_USER.required("username", TextLimit.ACTOR);
    public static final TextLimit DISPLAY_NAME = APP_USER.required("displayName", 100);
    /** A password's bcrypt hash. */
    static final TextLimit PASSWORD_HASH = APP_USER.recorded("passwordHash", 255);
    static final TextLimit TENANT_CODE = APP_USER.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit ROLE = APP_USER.recorded("role", 32);
    static final TextLimit ORG_UNIT = APP_USER.recorded("orgUnitCode", TextLimit.UNIT_CODE);
    static final TextLimit STATUS = APP_USER.recorded("status", TextLimit.ENUM);
    static final TextLimit CREATED_BY = APP_USER.recorded("createdBy", TextLimit.ACTOR);
    static final TextLimit REQUESTED_BY = APP_USER.recorded("requestedBy", TextLimit.ACTOR);
    static final TextLimit ACTIVATED_BY = APP_USER.recorded("activatedBy", TextLimit.ACTOR);
    static final TextLimit PASSWORD_RESET_BY = APP_USER.recorded("passwordResetBy", TextLimit.ACTOR);
    static final TextLimit SECOND_FACTOR_RESET_BY = APP_USER.recorded("secondFactorResetBy", TextLimit.ACTOR);
    static final TextLimit CHANGED_BY = APP_USER.recorded("changedBy", TextLimit.ACTOR);
    /** The department a liaison speaks for: chosen from {@code reference.Department}, never typed. */
    static final TextLimit DEPARTMENT = APP_USER.recorded("department", 24);

    static final TextLimit FORMER_PASSWORD_HASH = TextLimit.of("platform.password_history").recorded("passwordHash", 255);
    /** A recovery code's SHA-256 in hex. */
    static final TextLimit RECOVERY_CODE_HASH = TextLimit.of("platform.recovery_code").recorded("codeHash", 64);

    private static final TextLimit.Table UNIT_SECURITY = TextLimit.of("platform.unit_security");
    static final TextLimit UNIT_TENANT_CODE = UNIT_SECURITY.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit UNIT_UPDATED_BY = UNIT_SECURITY.recorded("updatedBy", TextLimit.ACTOR);

    private AccountLimits() {
    }
}
