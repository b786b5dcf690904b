package cn.gongguan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo users for the Huixian tenants.
 *
 * @param enabled  seed them; when not set, seeded exactly when the embedded database is used
 * @param password the password of every demo user
 */
@ConfigurationProperties("gongguan.demo")
record DemoSettings(Boolean enabled, String password) {
}
