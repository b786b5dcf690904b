package cn.gongguan.security;

import cn.gongguan.platform.Labelled;

/** Where an account stands between its two makers: created (pending), granted (active), or disabled. */
public enum AccountStatus implements Labelled {
    /** Created by the system administrator, or re-enabled: waits for the security administrator to grant its role. */
    PENDING,
    ACTIVE,
    DISABLED;

    @Override
    public String labelKey() {
        return "account.status." + name();
    }
}
