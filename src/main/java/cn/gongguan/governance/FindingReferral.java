package cn.gongguan.governance;

import cn.gongguan.platform.Labelled;

/** The service a person found in a joint operation was referred to (转介服务). */
public enum FindingReferral implements Labelled {
    /** 办理婚育证明 */
    CERTIFICATE,
    /** 生殖健康检查 */
    REPRODUCTIVE_HEALTH,
    /** 避孕节育 */
    CONTRACEPTION,
    /** 就业服务 */
    EMPLOYMENT,
    /** 子女入学 */
    SCHOOLING,
    OTHER;

    @Override
    public String labelKey() {
        return "finding.referral." + name();
    }
}
