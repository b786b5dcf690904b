package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application's own database role holds least privilege: it owns nothing, creates no roles, is no superuser,
 * only appends to and reads the audit trail, and reaches a tenant's schema only inside that tenant's transaction.
 */
class DatabaseRolesTest extends IntegrationTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final String RUNTIME = "gongguan_app";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    @Qualifier(PlatformTransactional.MANAGER)
    PlatformTransactionManager platformTransactionManager;

    @Test
    void theApplicationConnectsAsARuntimeRoleThatIsNoSuperuserCreatesNoRolesAndOwnsNothing() {
        Map<String, Object> role = jdbc.sql("""
                select current_user as name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
                       (select count(*) from pg_class where relowner = r.oid)
                         + (select count(*) from pg_namespace where nspowner = r.oid)
                         + (select count(*) from pg_proc where proowner = r.oid)
                         + (select count(*) from pg_type where typowner = r.oid) as owned
                from pg_roles r where rolname = current_user""").query().singleRow();
        assertThat(role).containsEntry("name", RUNTIME).containsEntry("rolsuper", false)
                .containsEntry("rolcreaterole", false).containsEntry("rolcreatedb", false)
                .containsEntry("rolbypassrls", false).containsEntry("owned", 0L);
        assertThatThrownBy(() -> jdbc.sql("create role intruder").update())
                .hasStackTraceContaining("permission denied to create role");
        assertThatThrownBy(() -> jdbc.sql("create table platform.intruder (id int)").update())
                .hasStackTraceContaining("permission denied for schema platform");
    }

    @Test
    void theRuntimeRoleMaySwitchToATenantsRoleButHoldsNoneOfItsRights() {
        assertThat(jdbc.sql("select pg_has_role(current_user, 't_621227100', 'member')").query(Boolean.class).single())
                .isTrue();
        assertThat(jdbc.sql("select pg_has_role(current_user, 't_621227100', 'usage')").query(Boolean.class).single())
                .isFalse();
        assertThatThrownBy(() -> jdbc.sql("select count(*) from t_621227100.org_unit").query().singleValue())
                .hasStackTraceContaining("permission denied for schema t_621227100");
    }

    @Test
    void aTenantSessionThatResetsItsRoleReachesNoTenantSchemaAtAll() {
        for (String schema : List.of("t_621227101", "t_621227100")) {
            assertThatThrownBy(() -> sqlAs(CHENGGUAN, "reset role", "select count(*) from " + schema + ".org_unit"))
                    .as(schema).hasStackTraceContaining("permission denied for schema " + schema);
        }
        assertThat(sqlAs(CHENGGUAN, "reset role", "select current_user")).isEqualTo(RUNTIME);
    }

    @Test
    void theRuntimeRoleAppendsToAndReadsTheAuditTrailButCannotChangeIt() {
        long id = jdbc.sql("""
                insert into platform.audit_event (tenant_code, actor, action, subject)
                values ('621227100', 'roles-test', 'LOGIN', 'roles-test') returning id""").query(Long.class).single();
        assertThat(jdbc.sql("select actor from platform.audit_event where id = ?").param(id).query(String.class).single())
                .isEqualTo("roles-test");
        for (String change : List.of("delete from platform.audit_event where id = ?",
                "update platform.audit_event set actor = 'someone else' where id = ?")) {
            assertThatThrownBy(() -> jdbc.sql(change).param(id).update()).as(change)
                    .hasStackTraceContaining("permission denied for table audit_event");
        }
        assertThatThrownBy(() -> jdbc.sql("truncate platform.audit_event").update())
                .hasStackTraceContaining("permission denied for table audit_event");
    }

    @Test
    void theDatabaseErrorsTheApplicationSeesQuoteNoRowValues() {
        // with the server's detail, PostgreSQL would add "Key (username)=(chengguan.staff) already exists"
        assertThatThrownBy(() -> jdbc.sql("""
                insert into platform.app_user (username, display_name, password_hash, tenant_code, role, created_by)
                select username, display_name, password_hash, tenant_code, role, created_by
                from platform.app_user where username = 'chengguan.staff'""").update())
                .rootCause().hasMessageContaining("duplicate key value violates unique constraint")
                .hasMessageNotContaining("Key (username)").hasMessageNotContaining("chengguan.staff");
    }

    @Test
    void aPlatformQueryAfterAFailedTenantTransactionRunsAsTheRuntimeRole() {
        AtomicReference<Object> tenantConnection = new AtomicReference<>();
        assertThatThrownBy(() -> TenantContext.runAs(CHENGGUAN, () -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    tenantConnection.set(single("select pg_backend_pid()"));
                    assertThat(single("select current_user")).isEqualTo(CHENGGUAN.role());
                    single("select 1 / 0");
                }))).hasStackTraceContaining("division by zero");

        Map<String, Object> platform = new TransactionTemplate(platformTransactionManager).execute(status ->
                jdbc.sql("select pg_backend_pid() as pid, current_user as role, current_schema() as schema")
                        .query().singleRow());
        // the pool hands a thread back the connection it returned last: the very one the tenant transaction used
        assertThat(platform).containsEntry("pid", tenantConnection.get()).containsEntry("role", RUNTIME)
                .doesNotContainEntry("schema", CHENGGUAN.schema());
    }

    @Test
    void aReadOnlyTenantTransactionIsSwitchedToo() {
        TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
        readOnly.setReadOnly(true);
        Object role = TenantContext.callAs(CHENGGUAN, () -> readOnly.execute(status -> single("select current_user")));
        assertThat(role).isEqualTo(CHENGGUAN.role());
        assertThatThrownBy(() -> TenantContext.runAs(CHENGGUAN, () -> readOnly.executeWithoutResult(status ->
                single("insert into org_unit (code, name) values ('x', 'x') returning 1"))))
                .hasStackTraceContaining("read-only transaction");
    }

    private Object single(String sql) {
        return entityManager.createNativeQuery(sql).getSingleResult();
    }

    private Object sqlAs(TenantCode tenant, String first, String then) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager).execute(status -> {
            entityManager.createNativeQuery(first).executeUpdate();
            return single(then);
        }));
    }
}
