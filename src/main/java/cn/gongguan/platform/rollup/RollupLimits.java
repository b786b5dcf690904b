package cn.gongguan.platform.rollup;

import cn.gongguan.platform.TextLimit;

/** The text limits of the figures a tenant rolls up to the county; the application writes them all. */
final class RollupLimits {

    private static final TextLimit.Table ROLLUP = TextLimit.of("platform.rollup");
    static final TextLimit TENANT_CODE = ROLLUP.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit INDICATOR = ROLLUP.recorded("indicator", 64);
    static final TextLimit PERIOD = ROLLUP.recorded("period", TextLimit.ENUM);

    private RollupLimits() {
    }
}
