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
 * <p>
 * Two database roles split the work (least privilege). The <em>owner</em> ({@link DatabaseOwner}) runs every change
 * log and creates the tenant roles. The <em>runtime</em> role the pool connects as owns nothing, cannot create roles,
 * is no superuser, and holds only what {@value #RUNTIME_GROUP_ROLE} is granted: the platform tables it needs (the
 * audit trail to append and read only) and membership in every tenant role <em>without inheriting it</em>, so that
 * a tenant's transaction may switch to the tenant's role ({@code SET LOCAL ROLE}) while the runtime role by itself, or
 * after a {@code RESET ROLE}, reaches no tenant schema. Start-up refuses a runtime role with more rights than that.
 */
@Component
public class PlatformDatabase {

    public static final String SCHEMA = "platform";
    /** The group role every tenant role belongs to; it holds the few grants tenants have on platform tables. */
    public static final String TENANT_GROUP_ROLE = "gongguan_tenant";
    /**
     * The group role that holds the runtime role's rights. It does not inherit (NOINHERIT): it is a member of every
     * tenant role only to let the runtime role switch to them, and passes none of their rights on.
     */
    public static final String RUNTIME_GROUP_ROLE = "gongguan_runtime";
    private static final String CHANGELOG = "db/changelog/platform/changelog.yaml";
    private static final Object LIQUIBASE = new Object();

    PlatformDatabase(DataSource dataSource, DatabaseOwner owner) throws Exception {
        String runtime = runtimeRole(dataSource);
        try (Connection connection = owner.connect()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create schema if not exists " + SCHEMA);
                statement.execute("""
                        do $$ begin
                          if not exists (select 1 from pg_roles where rolname = '%1$s') then
                            create role %1$s nologin;
                          end if;
                          if not exists (select 1 from pg_roles where rolname = '%2$s') then
                            create role %2$s nologin noinherit;
                          end if;
                        end $$""".formatted(TENANT_GROUP_ROLE, RUNTIME_GROUP_ROLE));
                statement.execute("grant " + RUNTIME_GROUP_ROLE + " to " + quoted(runtime));
            }
            update(connection, CHANGELOG, SCHEMA);
            RuntimeRoleCheck.verify(connection, runtime);
        }
    }

    /** The role the pool connects as (the session user: the pool never switches roles outside a transaction). */
    private static String runtimeRole(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("select session_user")) {
            result.next();
            return result.getString(1);
        }
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
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
