package cn.gongguan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The owner connection to an external database (environment {@code GONGGUAN_DATABASE_OWNER_*}); with the embedded
 * database the application creates its owner role itself.
 *
 * @param url      defaults to {@code spring.datasource.url}, the runtime connection's
 * @param username the role that owns the platform schema and creates the tenant roles (needs {@code CREATEROLE} and
 *                 {@code CREATE} on the database)
 * @param password its password
 */
@ConfigurationProperties("gongguan.database.owner")
record DatabaseOwnerSettings(String url, String username, String password) {
}
