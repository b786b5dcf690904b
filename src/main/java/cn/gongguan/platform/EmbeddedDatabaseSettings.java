package cn.gongguan.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no datasource is configured.
 *
 * @param dataDirectory where its files live; kept across restarts
 * @param cleanOnStart  whether to wipe the directory on start and again on shutdown (tests only)
 */
@ConfigurationProperties("gongguan.embedded-db")
record EmbeddedDatabaseSettings(@DefaultValue("data/postgres") Path dataDirectory, boolean cleanOnStart) {
}
