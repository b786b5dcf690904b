package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.springframework.stereotype.Component;

/**
 * The shared {@code platform} schema: created and migrated once, before anything reads the tenant registry,
 * users, audit trail or rollups. Beans that use those tables depend on this one.
 */
@Component
public class PlatformDatabase {

    public static final String SCHEMA = "platform";
    /** The group role every tenant role belongs to; it holds the few grants tenants have on platform tables. */
    public static final String TENANT_GROUP_ROLE = "gongguan_tenant";
    private static final String CHANGELOG = "db/changelog/platform/changelog.yaml";
    private static final Object LIQUIBASE = new Object();

    private final DataSource dataSource;

    PlatformDatabase(DataSource dataSource) throws Exception {
        this.dataSource = dataSource;
        migrate();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + SCHEMA);
                statement.execute("""
                        do $$ begin
                          if not exists (select 1 from pg_roles where rolname = '%s') then
                            create role %s nologin;
                          end if;
                        end $$""".formatted(TENANT_GROUP_ROLE, TENANT_GROUP_ROLE));
            }
            update(connection, CHANGELOG, SCHEMA);
        }
    }

    /**
     * Runs a Liquibase change log in one schema, keeping its change log tables in that schema. One update at a time:
     * Liquibase 4.33 resets its global lock and executor services when any update command ends, so a concurrent
     * update in another schema would lose track of its lock and leave it set (seen in the provisioning benchmark).
     */
    static void update(Connection connection, String changelog, String schema) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        Map<String, Object> scope = Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(PlatformDatabase.class.getClassLoader()),
                Scope.Attr.ui.name(), new LoggerUIService(),
                AnalyticsArgs.ENABLED.getKey(), false);
        synchronized (LIQUIBASE) {
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        }
    }

    /** Whether the database user this application connects as is a superuser (it then needs no role grants). */
    static boolean isSuperuser(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var result = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return result.next() && result.getBoolean(1);
        }
    }
}
