package cn.gongguan.platform.rollup;

import cn.gongguan.platform.TextLimit;

/** The text limits of the figures a tenant rolls up to the county; the application writes them all. */
final class RollupLimits {

    private static final TextLimit.Table ROLLUP = TextLimit.of("platform.rollup");
    static final TextLimit TENANT_CODE = ROLLUP.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit INDICATOR = ROLLUP.recorded("indicator", 64);
    static final TextLimit PERIOD = ROLLUP.recorded("period", TextLimit.ENUM);
    static final TextLimit UNIT_CODE = ROLLUP.recorded("unitCode", TextLimit.UNIT_CODE);

    private static final TextLimit.Table OWED = TextLimit.of("platform.figure_owed");
    static final TextLimit OWED_TENANT = OWED.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit OWED_PERIOD = OWED.recorded("period", TextLimit.ENUM);

    private static final TextLimit.Table UNIT = TextLimit.of("platform.figure_unit");
    static final TextLimit UNIT_TENANT = UNIT.recorded("tenantCode", TextLimit.CODE);
    static final TextLimit UNIT_UNIT_CODE = UNIT.recorded("unitCode", TextLimit.UNIT_CODE);
    static final TextLimit UNIT_NAME = UNIT.recorded("name", 100);
    static final TextLimit UNIT_KIND = UNIT.recorded("kind", TextLimit.ENUM);

    private RollupLimits() {
    }
}
