package cn.gongguan.certificate.api;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.reference.Department;

/**
 * Who is asking through the API: an active token of a county's department, as {@code platform.api_token_caller}
 * tells it. Held as the request's principal.
 *
 * @param perMinute the token's own limit; null for the installation's default
 */
record ApiCaller(long tokenId, TenantCode county, Department department, String name, Integer perMinute) {
}
