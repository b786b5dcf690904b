package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.TextLimit;

/** The text limits of an org unit; org units come from the tenant files, nobody types them. */
public final class OrgUnitLimits {

    static final int NAME_LENGTH = 100;

    private static final TextLimit.Table ORG_UNIT = TextLimit.of("org_unit");
    static final TextLimit CODE = ORG_UNIT.recorded("code", TextLimit.CODE);
    static final TextLimit NAME = ORG_UNIT.recorded("name", NAME_LENGTH);
    static final TextLimit KIND = ORG_UNIT.recorded("kind", TextLimit.ENUM);

    private OrgUnitLimits() {
    }
}
