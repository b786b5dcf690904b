package cn.gongguan.benchmark;

import cn.gongguan.GongguanApplication;
import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.TestLogins;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What every benchmark does with the application it started: act as a user, load as the owner, explain a query. */
final class BenchmarkContext {

    private final ConfigurableApplicationContext context;

    BenchmarkContext(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the demo application on its own database for a benchmark of the Gansu tenant rows: the recount and the
     * index passes are put off a day, since those rows have no schema to count or index (the benchmark counts when it
     * has loaded).
     */
    static ConfigurableApplicationContext startWithGansuRows(Path database) {
        return new SpringApplicationBuilder(GongguanApplication.class)
                .run("--spring.profiles.active=dev", "--server.port=0", "--management.server.port=0",
                        "--gongguan.embedded-db.data-directory=" + database.toAbsolutePath(),
                        "--gongguan.demo.enabled=true", "--gongguan.figures.recount-delay=P1D",
                        "--gongguan.index.pass-delay=P1D", "--gongguan.index.catch-up-delay=P1D");
    }

    /** Runs the work logged in as the user, with their tenant bound, as a request of theirs would. */
    <T> T as(String username, Supplier<T> work) {
        GongguanUser user = context.getBean(TestLogins.class).principal(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return TenantContext.callAs(user.tenant(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** As the owner: loading, vacuum and analyse reach past the runtime role's grants. */
    JdbcClient owner() {
        DatabaseOwner owner = context.getBean(DatabaseOwner.class);
        return JdbcClient.create(new DriverManagerDataSource(owner.url(), owner.username(), owner.password()));
    }

    /** The 1,403 Gansu townships and their 88 counties as tenant rows (no schema: the benchmarks that use
     * them read platform tables only), beside Huixian's real tenants; returns how many tenants there are now. */
    int loadGansuTenants() throws Exception {
        List<String> rows;
        try (InputStream in = BenchmarkContext.class.getResourceAsStream("/benchmark/gansu-townships.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }
        try (Connection connection = ownerConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into platform.tenant (code, name, parent_code, kind, path, source_file, status)
                     values (?, ?, ?, ?, ?, 'benchmark', 'READY') on conflict do nothing""")) {
            for (String row : rows) {
                String[] c = row.split(",");
                add(insert, c[2], c[3], null, "COUNTY", "/" + c[2] + "/");
                add(insert, c[0], c[1], c[2], "TOWNSHIP", "/" + c[2] + "/" + c[0] + "/");
            }
            insert.executeBatch();
        }
        return owner().sql("select count(*) from platform.tenant").query(Integer.class).single();
    }

    /**
     * Makes the loaded Gansu townships townships of the county (its tenant rows re-parented by the owner), so that the
     * county's real schema, demo users and row policies ({@code platform.is_township_of}) reach them; returns how many.
     */
    int makeTownshipsOf(TenantCode county) {
        return owner().sql("""
                update platform.tenant set parent_code = ?, path = ? || code || '/'
                where source_file = 'benchmark' and kind = 'TOWNSHIP'""")
                .params(county.value(), county.path()).update();
    }

    private static void add(PreparedStatement insert, String code, String name, String parent, String kind,
                            String path) throws SQLException {
        insert.setString(1, code);
        insert.setString(2, name);
        insert.setString(3, parent);
        insert.setString(4, kind);
        insert.setString(5, path);
        insert.addBatch();
    }

    Connection ownerConnection() throws SQLException {
        DatabaseOwner owner = context.getBean(DatabaseOwner.class);
        return DriverManager.getConnection(owner.url(), owner.username(), owner.password());
    }

    String postgresVersion() {
        return "PostgreSQL " + owner().sql("show server_version").query(String.class).single();
    }

    /** Appends {@code explain (analyze, buffers)} of the statement with its values, under a heading. */
    static void explain(Connection connection, StringBuilder plans, String label, String sql, Object... values)
            throws SQLException {
        plans.append("## ").append(label).append("\n\n```sql\n").append(sql).append("\n```\n\n");
        if (values.length > 0) {
            plans.append("values: ").append(Arrays.toString(values)).append("\n\n");
        }
        plans.append("```\n");
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plans.append(rows.getString(1)).append('\n');
                }
            }
        }
        plans.append("```\n\n");
    }
}
