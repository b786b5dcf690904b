package cn.gongguan.security;

/** What a login still has to do after the right password, in this order, before anything else opens. */
public enum LoginStep {
    /** Type a code of the second factor (or a recovery code). */
    SECOND_FACTOR,
    /** Choose a new password: the current one was set by someone else, or has expired. */
    CHANGE_PASSWORD,
    /** Enrol a second factor, which this account's role or unit requires. */
    ENROL_SECOND_FACTOR
}
