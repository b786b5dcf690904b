package cn.gongguan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first system administrator of a new installation, created at start-up when the county has none.
 *
 * @param username its user name (default {@code sysadmin})
 * @param password its initial password (GONGGUAN_FIRST_ADMIN_PASSWORD); nothing is created without one
 * @param tenant   the county it administers; may be left out when the tenant files declare only one county
 */
@ConfigurationProperties("gongguan.first-admin")
record FirstAdministratorSettings(String username, String password, String tenant) {
}
