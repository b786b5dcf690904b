package cn.gongguan.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * An external PostgreSQL: the pool ({@code SPRING_DATASOURCE_*}) connects as the runtime role, the migrations as the
 * owner ({@code GONGGUAN_DATABASE_OWNER_*}), on the same server unless the owner's URL says otherwise.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.datasource.url")
class ExternalDatabaseConfiguration {

    @Bean
    DatabaseOwner databaseOwner(DatabaseOwnerSettings settings, Environment environment) {
        if (settings.username() == null || settings.username().isBlank()) {
            throw new IllegalStateException("""
                    An external database needs two roles: set GONGGUAN_DATABASE_OWNER_USERNAME and \
                    GONGGUAN_DATABASE_OWNER_PASSWORD to the owner role that runs the migrations; \
                    SPRING_DATASOURCE_USERNAME is the application's least-privileged runtime role.""");
        }
        String url = settings.url() == null || settings.url().isBlank()
                ? environment.getRequiredProperty("spring.datasource.url") : settings.url();
        return new DatabaseOwner(url, settings.username(), settings.password());
    }
}
