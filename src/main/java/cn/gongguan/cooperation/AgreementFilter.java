package cn.gongguan.cooperation;

import cn.gongguan.platform.TenantCode;

/**
 * What the agreement list shows: one unit's (the county's list over its townships; null for all it reads), a partner
 * region (a division code: a province's takes in every place in it; null for any), a state today (null for any).
 */
public record AgreementFilter(TenantCode unit, String partner, AgreementState state) {

    public static final AgreementFilter ALL = new AgreementFilter(null, null, null);
}
