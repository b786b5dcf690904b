package cn.gongguan.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no datasource configured, Gongguan runs in development mode on an embedded PostgreSQL whose data directory
 * survives restarts; outside development mode it refuses to start. Setting {@code SPRING_DATASOURCE_URL} (and user,
 * password) switches to that server and this configuration backs off.
 * <p>
 * The embedded server runs as its own superuser, but the application does not: at start the superuser creates the
 * owner role that runs the migrations and the runtime role the pool connects as, the same split as with an external
 * database (see {@link PlatformDatabase}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final String OWNER = "gongguan_owner";
    private static final String RUNTIME = "gongguan_app";
    private static final String DATABASE = "postgres";

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseSettings settings, Environment environment)
            throws IOException, SQLException {
        if (!DevelopmentMode.isOn(environment)) {
            throw new NoDatabaseConfiguredException();
        }
        Path dataDirectory = settings.dataDirectory().toAbsolutePath();
        Files.createDirectories(dataDirectory);
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory);
        // The embedded server's defaults suit throw-away test data (no fsync); data that is kept gets durable writes.
        String durable = settings.cleanOnStart() ? "off" : "on";
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(settings.cleanOnStart())
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                // a server with many tenant schemas, stopped just before, may take longer than the default 10 s
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement statement = superuser.createStatement()) {
            createRoles(statement);
            adoptObjectsOfEarlierVersions(statement);
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    /** The owner creates roles and schemas; the runtime role gets its rights from the owner's migrations. */
    private static void createRoles(Statement statement) throws SQLException {
        statement.execute("""
                do $$ begin
                  if not exists (select 1 from pg_roles where rolname = '%1$s') then
                    create role %1$s login createrole;
                  end if;
                  if not exists (select 1 from pg_roles where rolname = '%2$s') then
                    create role %2$s login;
                  end if;
                end $$""".formatted(OWNER, RUNTIME));
        statement.execute("grant create on database " + DATABASE + " to " + OWNER);
    }

    /**
     * A data directory from before the owner role existed holds a platform schema and tenant roles of the superuser:
     * they pass to the owner, so that its migrations may change them and grant the tenant roles on.
     */
    private static void adoptObjectsOfEarlierVersions(Statement statement) throws SQLException {
        statement.execute("""
                do $$ declare r record; begin
                  if exists (select 1 from pg_namespace where nspname = '%2$s' and nspowner <> '%1$s'::regrole) then
                    alter schema %2$s owner to %1$s;
                    for r in select oid::regclass as name from pg_class
                             where relnamespace = '%2$s'::regnamespace and relkind in ('r', 'p', 'v', 'm') loop
                      execute format('alter table %%s owner to %1$s', r.name);
                    end loop;
                    for r in select oid::regprocedure as name from pg_proc where pronamespace = '%2$s'::regnamespace loop
                      execute format('alter function %%s owner to %1$s', r.name);
                    end loop;
                  end if;
                  if exists (select 1 from pg_roles where rolname = '%3$s') then
                    for r in select g.rolname from pg_roles g
                             where (g.rolname = '%3$s'
                                    or g.oid in (select member from pg_auth_members where roleid = '%3$s'::regrole))
                               and g.rolname <> '%1$s'
                               and not exists (select 1 from pg_auth_members a where a.roleid = g.oid
                                               and a.member = '%1$s'::regrole and a.admin_option) loop
                      execute format('grant %%I to %1$s with admin option', r.rolname);
                    end loop;
                  end if;
                end $$""".formatted(OWNER, PlatformDatabase.SCHEMA, PlatformDatabase.TENANT_GROUP_ROLE));
    }

    @Bean
    DatabaseOwner databaseOwner(EmbeddedPostgres postgres) {
        return new DatabaseOwner(postgres.getJdbcUrl(OWNER, DATABASE), OWNER, null);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl(RUNTIME, DATABASE))
                .username(RUNTIME)
                .build();
    }

    static final class NoDatasourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.datasource.url")
                    && context.getBeanFactory() != null
                    && context.getBeanFactory().getBeanNamesForType(DataSource.class, false, false).length == 0;
        }
    }
}
