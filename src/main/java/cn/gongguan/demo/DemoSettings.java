package cn.gongguan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users for the Huixian tenants.
 *
 * @param enabled  seed them (in development mode only); when not set, seeded in development mode
 * @param password the password of every demo user
 * @param secondFactorSecret the second factor's secret (RFC 6238, base32) of every demo user whose role requires one:
 *                           published in the README, for the demo only
 */
@ConfigurationProperties("gongguan.demo")
record DemoSettings(Boolean enabled, String password, String secondFactorSecret) {
}
