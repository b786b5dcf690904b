package cn.gongguan.benchmark;

import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.security.GongguanUser;
import cn.gongguan.security.TestLogins;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.function.Supplier;
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
