package cn.gongguan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the login and the passwords.
 *
 * @param passwordMaxAgeDays     a password expires this many days after it was set (GONGGUAN_SECURITY_PASSWORD_MAX_AGE_DAYS)
 * @param passwordWarningDays    the user is warned this many days before it expires
 * @param loginAttemptsPerMinute login attempts one client address may make per minute, whatever the user names
 */
@ConfigurationProperties("gongguan.security")
record SecuritySettings(@DefaultValue("90") int passwordMaxAgeDays, @DefaultValue("7") int passwordWarningDays,
                        @DefaultValue("30") int loginAttemptsPerMinute) {
}
