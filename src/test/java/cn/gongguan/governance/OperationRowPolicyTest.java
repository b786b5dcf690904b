package cn.gongguan.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.DatabaseOwner;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.SecondCountyTree;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cross-tenant path 5 as the database enforces it, tried with hand-written SQL as the tenants' roles: the county and
 * each target township see and change their own part of an operation, nobody else anything.
 */
class OperationRowPolicyTest extends IntegrationTest {

    private static final TenantCode COUNTY = TenantCode.of("621227");
    private static final TenantCode TOWNSHIP = TenantCode.of("621227100");
    private static final TenantCode OTHER_TOWNSHIP = TenantCode.of("621227101");
    private static final TenantCode COMMITTEE = TenantCode.of("621227100001");
    private static final String PLAN = """
            insert into platform.operation (county_code, title, starts_on, ends_on, location_kinds, departments, lead,
                                            instructions, planned_by)
            values ('%s', '春季联合清理', current_date, current_date + 30, 'URBAN_VILLAGE', 'POLICE', '县综治办',
                    '逐户清查', 'policy-test') returning id""";

    @Autowired
    SecondCountyTree secondCounty;
    @Autowired
    DatabaseOwner owner;

    long operation;

    @BeforeEach
    void publishAnOperationToOneTownship() {
        operation = id(COUNTY, PLAN.formatted("621227"));
        sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id, county_code, township_code) values ("
                + operation + ", '621227', '621227100') returning operation_id");
        update(COUNTY, "update platform.operation set state = 'PUBLISHED', published_at = now(),"
                + " published_by = 'policy-test' where id = " + operation);
        id(COUNTY, "insert into platform.operation_task (operation_id, county_code, township_code) values ("
                + operation + ", '621227', '621227100') returning id");
    }

    @Test
    void onlyACountyPlansAndOnlyForItsOwnTownships() throws Exception {
        assertThatThrownBy(() -> id(TOWNSHIP, PLAN.formatted("621227100"))).as("a township plans nothing")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> id(TOWNSHIP, PLAN.formatted("621227"))).as("nor in its county's name")
                .hasStackTraceContaining("row-level security");
        long draft = id(COUNTY, PLAN.formatted("621227"));
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id,"
                + " county_code, township_code) values (" + draft + ", '621227', '621227100001') returning 1"))
                .as("a committee is no target").hasStackTraceContaining("row-level security");
        secondCounty.declare();
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id,"
                + " county_code, township_code) values (" + draft + ", '621227', '" + SecondCountyTree.TOWNSHIP
                + "') returning 1")).as("another county's township is no target")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> id(COUNTY, "insert into platform.operation_task (operation_id, county_code,"
                + " township_code) values (" + draft + ", '621227', '621227101') returning id"))
                .as("no task of a draft").hasStackTraceContaining("is draft");
        assertThat(count(SecondCountyTree.COUNTY, "platform.operation")).as("another county").isZero();
        assertThat(count(SecondCountyTree.TOWNSHIP, "platform.operation_task")).isZero();
    }

    @Test
    void aTownshipSeesItsOwnTaskAndNoOtherTownshipSeesAnything() {
        assertThat(count(TOWNSHIP, "platform.operation")).isEqualTo(1);
        assertThat(count(TOWNSHIP, "platform.operation_task")).isEqualTo(1);
        assertThat(count(OTHER_TOWNSHIP, "platform.operation")).isZero();
        assertThat(count(OTHER_TOWNSHIP, "platform.operation_task")).isZero();
        assertThat(count(COMMITTEE, "platform.operation_task")).isZero();
        assertThat(count(TOWNSHIP, "platform.operation_target")).as("the targets are the county's").isZero();
        assertThat(update(OTHER_TOWNSHIP, "update platform.operation_task set persons_checked = 9"
                + " where operation_id = " + operation)).isZero();
        long draft = id(COUNTY, PLAN.formatted("621227"));
        assertThat(sqlAsTenant(TOWNSHIP, "select id from platform.operation where id = " + draft))
                .as("a draft is the county's alone").isEmpty();
    }

    @Test
    void eachSideChangesItsOwnPartOfATask() {
        assertThatThrownBy(() -> update(TOWNSHIP, "update platform.operation_task set state = 'REWORK',"
                + " rework_reason = '重做' where operation_id = " + operation))
                .hasStackTraceContaining("does not ask itself");
        assertThat(update(TOWNSHIP, "update platform.operation_task set persons_checked = 12, state = 'SUBMITTED',"
                + " submitted_at = now(), submitted_by = 'policy-test' where operation_id = " + operation)).isEqualTo(1);
        assertThatThrownBy(() -> update(COUNTY, "update platform.operation_task set persons_checked = 99"
                + " where operation_id = " + operation)).hasStackTraceContaining("changes nothing else");
        assertThat(update(COUNTY, "update platform.operation_task set state = 'REWORK', rework_reason = '数据不全',"
                + " rework_by = 'policy-test', rework_at = now() where operation_id = " + operation)).isEqualTo(1);
    }

    @Test
    void nothingUnderAClosedOperationChanges() {
        long task = id(TOWNSHIP, "select id from platform.operation_task where operation_id = " + operation);
        long location = id(TOWNSHIP, "insert into platform.operation_location (task_id, operation_id, county_code,"
                + " township_code, location_id, kind, name, unit_name, team) values (" + task + ", " + operation
                + ", '621227', '621227100', 7, 'URBAN_VILLAGE', '东关城中村', '东关村', '第一组') returning id");
        assertThatThrownBy(() -> id(OTHER_TOWNSHIP, "insert into platform.operation_location (task_id, operation_id,"
                + " county_code, township_code, location_id, kind, name, unit_name, team) values (" + task + ", "
                + operation + ", '621227', '621227101', 8, 'URBAN_VILLAGE', '某地', '某村', '某组') returning id"))
                .as("no location under another township's task").hasStackTraceContaining("row-level security");
        update(COUNTY, "update platform.operation set state = 'CLOSED', closed_at = now(), closed_by = 'policy-test',"
                + " summary = '完成' where id = " + operation);
        assertThatThrownBy(() -> update(TOWNSHIP, "update platform.operation_location set findings = 1 where id = "
                + location)).hasStackTraceContaining("is closed");
        assertThatThrownBy(() -> update(TOWNSHIP, "update platform.operation_task set state = 'SUBMITTED',"
                + " submitted_at = now(), submitted_by = 'x' where id = " + task)).hasStackTraceContaining("is closed");
        assertThat(update(COUNTY, "update platform.operation set summary = '改写' where id = " + operation))
                .as("a closed operation stays as it closed").isZero();
        assertThatThrownBy(() -> id(COUNTY, "insert into platform.liaison_finding (location_id, operation_id,"
                + " county_code, township_code, department, recorded_by, recorded_by_name, found_on) values ("
                + location + ", " + operation + ", '621227', '621227100', 'POLICE', 'x', 'x', current_date)"
                + " returning id")).hasStackTraceContaining("is closed");
    }

    @Test
    void aLiaisonsFindingGoesToTheTownshipOfItsLocationOnly() {
        long task = id(TOWNSHIP, "select id from platform.operation_task where operation_id = " + operation);
        long location = id(TOWNSHIP, "insert into platform.operation_location (task_id, operation_id, county_code,"
                + " township_code, location_id, kind, name, unit_name, team) values (" + task + ", " + operation
                + ", '621227', '621227100', 7, 'URBAN_VILLAGE', '东关城中村', '东关村', '第一组') returning id");
        String record = "insert into platform.liaison_finding (location_id, operation_id, county_code, township_code,"
                + " department, recorded_by, recorded_by_name, found_on) values (" + location + ", " + operation
                + ", '621227', '%s', 'POLICE', 'x', 'x', current_date) returning id";
        assertThatThrownBy(() -> id(COUNTY, record.formatted("621227101"))).as("not to another township")
                .hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> id(TOWNSHIP, record.formatted("621227100"))).as("a township is no liaison")
                .hasStackTraceContaining("row-level security");
        long finding = id(COUNTY, record.formatted("621227100"));
        assertThat(count(OTHER_TOWNSHIP, "platform.liaison_finding")).isZero();
        assertThat(update(COUNTY, "update platform.liaison_finding set taken_at = now() where id = " + finding))
                .as("only the township takes it in").isZero();
        assertThat(update(TOWNSHIP, "update platform.liaison_finding set taken_at = now() where id = " + finding))
                .isEqualTo(1);
    }

    @Test
    void aWriteUnderWayWhenTheCountyClosesWaitsAndIsRefused() throws Exception {
        long task = id(TOWNSHIP, "select id from platform.operation_task where operation_id = " + operation);
        try (Connection county = session(COUNTY)) {
            try (Statement close = county.createStatement()) {
                close.executeUpdate("update platform.operation set state = 'CLOSED', closed_at = now(),"
                        + " closed_by = 'policy-test', summary = '完成' where id = " + operation);
            }
            CompletableFuture<Integer> write = CompletableFuture.supplyAsync(() -> {
                try (Connection township = session(TOWNSHIP); Statement submit = township.createStatement()) {
                    int changed = submit.executeUpdate("update platform.operation_task set state = 'SUBMITTED',"
                            + " submitted_at = now(), submitted_by = 'x' where id = " + task);
                    township.commit();
                    return changed;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            assertThat(write).as("the township's write waits for the close").isNotDone();
            county.commit();
            assertThatThrownBy(() -> write.get(10, TimeUnit.SECONDS)).as("and then finds the operation closed")
                    .hasStackTraceContaining("is closed");
        }
    }

    @Test
    void theCountyPublishesOnlyToItsTargetsAndOnlyTheTaskItsDefaultsSay() {
        long draft = id(COUNTY, PLAN.formatted("621227"));
        sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id, county_code, township_code) values ("
                + draft + ", '621227', '621227100') returning operation_id");
        update(COUNTY, "update platform.operation set state = 'PUBLISHED', published_at = now(),"
                + " published_by = 'policy-test' where id = " + draft);
        assertThatThrownBy(() -> id(COUNTY, "insert into platform.operation_task (operation_id, county_code,"
                + " township_code) values (" + draft + ", '621227', '621227101') returning id"))
                .as("no task for a township not targeted").hasStackTraceContaining("row-level security");
        assertThatThrownBy(() -> id(COUNTY, "insert into platform.operation_task (operation_id, county_code,"
                + " township_code, state, persons_checked, submitted_at) values (" + draft
                + ", '621227', '621227100', 'SUBMITTED', 99, now()) returning id"))
                .as("no task published as submitted").hasStackTraceContaining("permission denied");
    }

    @Test
    void noLiaisonIsNamedOrDroppedOnceClosed() {
        long liaison = asOwner().sql("select id from platform.app_user where role = 'LIAISON' order by id limit 1")
                .query(Long.class).single();
        sqlAsTenant(COUNTY, "insert into platform.operation_liaison (operation_id, county_code, user_id) values ("
                + operation + ", '621227', " + liaison + ") returning user_id");
        update(COUNTY, "update platform.operation set state = 'CLOSED', closed_at = now(), closed_by = 'policy-test',"
                + " summary = '完成' where id = " + operation);
        assertThatThrownBy(() -> sqlAsTenant(COUNTY, "with dropped as (delete from platform.operation_liaison"
                + " where operation_id = " + operation + " returning 1) select count(*) from dropped"))
                .hasStackTraceContaining("is closed");
        assertThat(sqlAsTenant(COUNTY, "select user_id from platform.operation_liaison where operation_id = "
                + operation)).as("the closed operation still names its liaison").hasSize(1);
    }

    @Test
    void noTenantProbesAnotherCountysOperations() throws Exception {
        secondCounty.declare();
        String probe = "select platform.operation_state(" + operation + ")::text";
        assertThat(sqlAsTenant(SecondCountyTree.COUNTY, probe).getFirst()).as("another county").isNull();
        assertThat(sqlAsTenant(OTHER_TOWNSHIP, probe).getFirst()).as("a township without a task").isNull();
        assertThat(sqlAsTenant(TOWNSHIP, probe).getFirst()).isEqualTo("PUBLISHED");
        assertThat(sqlAsTenant(OTHER_TOWNSHIP, "select platform.has_operation_task(" + operation + ")").getFirst())
                .isEqualTo(false);
        assertThatThrownBy(() -> sqlAsTenant(OTHER_TOWNSHIP, "select platform.has_operation_task(" + operation
                + ", '621227100')")).as("nobody asks about another tenant")
                .hasStackTraceContaining("does not exist");
    }

    @Test
    void aTownshipNotReadyIsNoTarget() {
        long draft = id(COUNTY, PLAN.formatted("621227"));
        asOwner().sql("update platform.tenant set status = 'PENDING' where code = '621227101'").update();
        try {
            assertThatThrownBy(() -> sqlAsTenant(COUNTY, "insert into platform.operation_target (operation_id,"
                    + " county_code, township_code) values (" + draft + ", '621227', '621227101') returning 1"))
                    .hasStackTraceContaining("row-level security");
        } finally {
            asOwner().sql("update platform.tenant set status = 'READY' where code = '621227101'").update();
        }
    }

    @Test
    void theRuntimeRoleReadsNoOperation() {
        assertThat(asOwner().sql("""
                select count(*) from information_schema.role_table_grants
                where grantee = 'gongguan_runtime' and table_schema = 'platform'
                  and table_name in ('operation', 'operation_target', 'operation_liaison', 'operation_task',
                                     'operation_location', 'liaison_finding')""").query(Long.class).single())
                .isZero();
    }

    /** A session of the tenant's role, its transaction open until committed. */
    private Connection session(TenantCode tenant) throws Exception {
        Connection connection = DriverManager.getConnection(owner.url(), owner.username(), owner.password());
        connection.setAutoCommit(false);
        try (Statement role = connection.createStatement()) {
            role.execute("set local role \"" + tenant.role() + "\"");
        }
        return connection;
    }

    private long id(TenantCode tenant, String sql) {
        return ((Number) sqlAsTenant(tenant, sql).getFirst()).longValue();
    }

    /** The rows of the table the tenant sees under the operation of the test. */
    private long count(TenantCode tenant, String table) {
        String column = table.equals("platform.operation") ? "id" : "operation_id";
        return ((Number) sqlAsTenant(tenant, "select count(*) from " + table + " where " + column + " = " + operation)
                .getFirst()).longValue();
    }

    private int update(TenantCode tenant, String sql) {
        List<?> rows = sqlAsTenant(tenant, sql.replaceFirst("^update (\\S+) ", "with changed as (update $1 ")
                + " returning 1) select count(*) from changed");
        return ((Number) rows.getFirst()).intValue();
    }
}
