package cn.gongguan.platform.provisioning;

import cn.gongguan.platform.TextLimit;

/** The text limits of the platform's tenant table; tenants come from the tenant files, nobody types them. */
final class TenantLimits {

    private static final TextLimit.Table TENANT = TextLimit.of("platform.tenant");
    static final TextLimit CODE = TENANT.recorded("code", TextLimit.CODE);
    static final TextLimit NAME = TENANT.recorded("name", 100);
    static final TextLimit PARENT_CODE = TENANT.recorded("parentCode", TextLimit.CODE);
    static final TextLimit KIND = TENANT.recorded("kind", TextLimit.ENUM);
    /** The codes from the county down, e.g. /621227/621227100. */
    static final TextLimit PATH = TENANT.recorded("path", 64);
    static final TextLimit SOURCE_FILE = TENANT.recorded("sourceFile", 255);
    static final TextLimit STATUS = TENANT.recorded("status", TextLimit.ENUM);
    /** A SHA-256 in hex. */
    static final TextLimit FINGERPRINT = TENANT.recorded("fingerprint", 64);

    private TenantLimits() {
    }
}
