package cn.gongguan.county;

import cn.gongguan.platform.provisioning.Tenant;

/** A tenant of the county's tree with its figures read from the rollups. */
public record TenantFigures(Tenant tenant, long orgUnits, long users) {
}
