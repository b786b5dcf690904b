package cn.gongguan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start when the runtime role has rights beyond its least privilege: an external database's
 * administrator may have created it with more (or reused the owner), and the embedded one must not drift either.
 */
final class RuntimeRoleCheck {

    private RuntimeRoleCheck() {
    }

    static void verify(Connection owner, String runtime) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (PreparedStatement statement = owner.prepareStatement("""
                select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolname = current_user,
                       exists (select 1 from pg_class where relowner = r.oid)
                         or exists (select 1 from pg_namespace where nspowner = r.oid),
                       pg_has_role(r.oid, ?, 'usage'),
                       pg_has_role(r.oid, ?, 'usage')
                from pg_roles r where r.rolname = ?""")) {
            statement.setString(1, PlatformDatabase.TENANT_GROUP_ROLE);
            statement.setString(2, PlatformDatabase.RUNTIME_GROUP_ROLE);
            statement.setString(3, runtime);
            try (ResultSet role = statement.executeQuery()) {
                role.next();
                problem(problems, role.getBoolean(1), "is a superuser");
                problem(problems, role.getBoolean(2), "may create roles (CREATEROLE)");
                problem(problems, role.getBoolean(3), "may create databases (CREATEDB)");
                problem(problems, role.getBoolean(4), "bypasses row-level security (BYPASSRLS)");
                problem(problems, role.getBoolean(5), "is the owner role itself");
                problem(problems, role.getBoolean(6), "owns tables or schemas");
                problem(problems, role.getBoolean(7), "inherits the rights of tenant roles");
                problem(problems, !role.getBoolean(8), "does not inherit the rights of " + PlatformDatabase.RUNTIME_GROUP_ROLE
                        + " (create it with INHERIT)");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The runtime database role " + runtime + " (SPRING_DATASOURCE_USERNAME) "
                    + String.join(", ", problems) + ". Connect the application as a plain login role with no other "
                    + "rights; the owner role (GONGGUAN_DATABASE_OWNER_USERNAME) runs the migrations and grants it "
                    + "what it needs.");
        }
    }

    private static void problem(List<String> problems, boolean present, String description) {
        if (present) {
            problems.add(description);
        }
    }
}
