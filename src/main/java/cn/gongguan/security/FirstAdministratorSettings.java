package cn.gongguan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrators of a new installation, created at start-up when the county has none of their role: the
 * three administrators (三员), each with a user name and an initial password that must be changed at the first login.
 * An administrator whose password is not set is not created.
 *
 * @param username         the system administrator's user name (default {@code sysadmin})
 * @param password         its initial password (GONGGUAN_FIRST_ADMIN_PASSWORD)
 * @param securityUsername the security administrator's user name (default {@code secadmin})
 * @param securityPassword its initial password (GONGGUAN_FIRST_ADMIN_SECURITY_PASSWORD)
 * @param auditUsername    the audit administrator's user name (default {@code auditor})
 * @param auditPassword    its initial password (GONGGUAN_FIRST_ADMIN_AUDIT_PASSWORD)
 * @param tenant           the county they administer; may be left out when the tenant files declare only one county
 */
@ConfigurationProperties("gongguan.first-admin")
record FirstAdministratorSettings(String username, String password, String securityUsername, String securityPassword,
                                  String auditUsername, String auditPassword, String tenant) {
}
