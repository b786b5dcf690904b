package cn.gongguan.security;

import cn.gongguan.platform.Labelled;

/** What an administrator does to a user account; {@link RoleMatrix} says who may do each to which role. */
public enum AccountAct implements Labelled {
    /** Create the account (it stays pending: it cannot log in). */
    CREATE,
    /** Give the account its role: activate a pending account, or change the role of an active one. */
    GRANT,
    DISABLE,
    UNLOCK,
    /** Reset the password (to a one-time password) or the second factor. */
    RESET;

    @Override
    public String labelKey() {
        return "account.act." + name();
    }
}
