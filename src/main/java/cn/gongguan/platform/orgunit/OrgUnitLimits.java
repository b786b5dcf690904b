package cn.gongguan.platform.orgunit;

import cn.gongguan.platform.TextLimit;

/**
 * The text limits of an org unit. Villages and communities come from the tenant files; a group's name is typed by the
 * township administrator, so it is checked as input.
 */
public final class OrgUnitLimits {

    static final int NAME_LENGTH = 100;

    private static final TextLimit.Table ORG_UNIT = TextLimit.of("org_unit");
    static final TextLimit CODE = ORG_UNIT.recorded("code", TextLimit.UNIT_CODE);
    public static final TextLimit NAME = ORG_UNIT.required("name", NAME_LENGTH);
    static final TextLimit KIND = ORG_UNIT.recorded("kind", TextLimit.ENUM);
    static final TextLimit PARENT_CODE = ORG_UNIT.recorded("parentCode", TextLimit.CODE);
    static final TextLimit SOURCE = ORG_UNIT.recorded("source", TextLimit.ENUM);

    private OrgUnitLimits() {
    }
}
