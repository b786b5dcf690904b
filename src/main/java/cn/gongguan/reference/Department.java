package cn.gongguan.reference;

import cn.gongguan.platform.Labelled;

/**
 * The offices that take part in the comprehensive governance of the floating population (综合治理) with the
 * family-planning office: the policy (三1) names police, construction, market management and labour; health joins
 * for certificate checks.
 */
public enum Department implements Labelled {
    /** 计生办: the family-planning office itself. */
    FAMILY_PLANNING,
    /** 公安（派出所）: police stations. */
    POLICE,
    /** 住建: construction. */
    CONSTRUCTION,
    /** 市场监管（工商）: market management. */
    MARKET,
    /** 人社（劳动）: labour and job agencies. */
    LABOUR,
    /** 卫健: health. */
    HEALTH,
    OTHER;

    @Override
    public String labelKey() {
        return "department." + name();
    }
}
