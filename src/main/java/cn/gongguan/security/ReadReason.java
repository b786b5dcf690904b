package cn.gongguan.security;

import cn.gongguan.platform.Labelled;

/** Why a user opens sensitive personal information; recorded with every read. */
public enum ReadReason implements Labelled {
    /** To give or follow up a reproductive-health service. */
    SERVICE,
    /** To bring the archive up to date. */
    ARCHIVE_UPDATE,
    /** To answer a verification request or check information. */
    VERIFICATION;

    @Override
    public String labelKey() {
        return "readReason." + name();
    }
}
