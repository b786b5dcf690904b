package cn.gongguan.certificate.api;

import cn.gongguan.reference.Department;

/**
 * What the system administrator enters for a new token.
 *
 * @param perMinute the requests per minute it may make; null for the installation's default
 */
public record NewToken(String name, Department department, Integer perMinute) {
}
