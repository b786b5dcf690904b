package cn.gongguan.security.audit;

import cn.gongguan.platform.Labelled;

/** What an audit event records. */
public enum AuditAction implements Labelled {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    /** A login refused because the account is locked or disabled. */
    LOGIN_REFUSED,
    ACCOUNT_LOCKED,
    ACCOUNT_UNLOCKED,
    LOGOUT,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    /** A year of the official working-day calendar entered. */
    CALENDAR_PUBLISHED,
    PERSON_CREATED,
    PERSON_CHANGED,
    /** The registry list written to an Excel file (with full ID numbers). */
    PERSONS_EXPORTED,
    /** Persons imported from an Excel file. */
    PERSONS_IMPORTED,
    /** A step of the five-step method recorded for a person. */
    STEP_RECORDED;

    @Override
    public String labelKey() {
        return "audit.action." + name();
    }
}
