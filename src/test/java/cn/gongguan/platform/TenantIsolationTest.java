package cn.gongguan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.orgunit.OrgUnits;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Township A's session reaches A's data only: through the services, and even through hand-written SQL. */
class TenantIsolationTest extends IntegrationTest {

    private static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    private static final TenantCode FUJIA = TenantCode.of("621227101");

    @Autowired
    OrgUnits orgUnits;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void eachTownshipSeesOnlyItsOwnVillagesThroughTheService() {
        var chengguan = TenantContext.callAs(CHENGGUAN, orgUnits::active);
        var fujia = TenantContext.callAs(FUJIA, orgUnits::active);
        assertThat(chengguan).isNotEmpty().allSatisfy(u -> assertThat(u.getCode()).startsWith("621227100"));
        assertThat(fujia).isNotEmpty().allSatisfy(u -> assertThat(u.getCode()).startsWith("621227101"));
        String fujiaVillage = fujia.getFirst().getCode();
        assertThat(TenantContext.callAs(CHENGGUAN, () -> orgUnits.find(fujiaVillage))).isEmpty();
    }

    @Test
    void withNoTenantBoundTenantDataCannotBeReachedAtAll() {
        assertThatThrownBy(orgUnits::active).hasRootCauseInstanceOf(NoTenantBoundException.class);
    }

    @Test
    void handWrittenSqlNamingAnotherTenantsSchemaIsRefusedByTheDatabase() {
        assertThat(sqlAs(CHENGGUAN, "select count(*) from org_unit")).isNotEqualTo(0L);
        assertThatThrownBy(() -> sqlAs(CHENGGUAN, "select count(*) from t_621227101.org_unit"))
                .hasStackTraceContaining("permission denied for schema t_621227101");
        assertThatThrownBy(() -> sqlAs(CHENGGUAN, "select count(*) from platform.app_user"))
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void theAccountTablesOfThePlatformAreOutOfEveryTenantsReach() {
        for (String table : List.of("password_history", "recovery_code", "unit_security",
                "audit_acknowledgement", "calendar_change")) {
            assertThatThrownBy(() -> sqlAs(CHENGGUAN, "select count(*) from platform." + table)).as(table)
                    .hasStackTraceContaining("permission denied");
        }
    }

    @Test
    void aTenantCanWriteItsOwnRollupRowsButNotAnotherTenants() {
        sqlAs(CHENGGUAN, "insert into platform.rollup (tenant_code, indicator, period, value) "
                + "values ('621227100', 'isolation_test', 'current', 1) on conflict do nothing returning 1");
        assertThatThrownBy(() -> sqlAs(CHENGGUAN, "insert into platform.rollup (tenant_code, indicator, period, value) "
                + "values ('621227101', 'isolation_test', 'current', 99) returning 1"))
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void theSessionRunsAsTheTenantsOwnDatabaseRole() {
        assertThat(sqlAs(FUJIA, "select current_user")).isEqualTo("t_621227101");
        assertThat(sqlAs(FUJIA, "select current_schema()")).isEqualTo("t_621227101");
    }

    private Object sqlAs(TenantCode tenant, String sql) {
        return TenantContext.callAs(tenant, () -> new TransactionTemplate(transactionManager)
                .execute(status -> entityManager.createNativeQuery(sql).getSingleResult()));
    }
}
