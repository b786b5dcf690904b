package cn.gongguan.platform.reseal;

import cn.gongguan.platform.TextLimit;

/** The text limits of the keys on record and the re-seal's progress; none is typed by a user. */
final class ResealLimits {

    /** A hex SHA-256 check value of a key. */
    static final TextLimit CHECK_VALUE = TextLimit.of("platform.crypto_key").recorded("checkValue", 64);

    private static final TextLimit.Table PROGRESS = TextLimit.of("platform.reseal_progress");
    /** {@link SealedValues#name()}. */
    static final TextLimit KIND = PROGRESS.recorded("kind", 64);
    /** A tenant's code, or '' for values in the platform schema. */
    static final TextLimit SCOPE = PROGRESS.recorded("scope", TextLimit.CODE);

    private ResealLimits() {
    }
}
