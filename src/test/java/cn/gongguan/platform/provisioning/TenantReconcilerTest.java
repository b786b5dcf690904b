package cn.gongguan.platform.provisioning;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantInitializer;
import cn.gongguan.platform.TenantSchemaMigrator;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.ui.HomeView;
import com.vaadin.flow.component.html.Div;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

class TenantReconcilerTest extends UiTest {

    private static final TenantCode BROKEN = TenantCode.of("629950101");

    @Autowired
    TenantReconciler appReconciler;
    @Autowired
    DataSource dataSource;
    @Autowired
    TenantRegistry registry;
    @Autowired
    TenantSchemaMigrator migrator;
    @Autowired
    List<TenantInitializer> initializers;
    @Autowired
    TenantFingerprint fingerprint;
    @Autowired
    MeterRegistry meters;
    @Autowired
    AccountProvisioning accounts;

    @TempDir
    Path tenants;

    @Test
    void reconcilingAgainWithNothingChangedTouchesNoTenant() throws Exception {
        int declared = TenantTreeReader.read(Path.of("tenants")).tenants().size();
        ReconciliationReport report = appReconciler.reconcile();
        assertThat(report.migrated()).isZero();
        assertThat(report.failed()).isEmpty();
        assertThat(report.upToDate()).isEqualTo(declared);
    }

    @Test
    void aBrokenFileAndAFailingTenantNeverBlockTheOthersAndTheFailingTenantsUsersAreTold() throws Exception {
        Files.copy(Path.of("tenants/621227-huixian.yaml"), tenants.resolve("621227-huixian.yaml"));
        Files.writeString(tenants.resolve("broken.yaml"), "tenants:\n  - code: \"629960\"\n   name: 错位\n");
        Files.writeString(tenants.resolve("629950-test.yaml"), """
                tenants:
                  - code: "629950"
                    name: 测试县
                  - code: "629950100"
                    name: 好镇
                    parent: "629950"
                  - code: "629950101"
                    name: 坏镇
                    parent: "629950"
                """);
        // A schema of that name already exists and does not belong to the tenant: its migration must fail.
        asOwner().sql("create schema if not exists t_629950101").update();
        double failuresBefore = failedMigrations();

        ReconciliationReport report = reconciler().reconcile();

        assertThat(report.failed()).containsOnlyKeys(BROKEN);
        assertThat(report.migrated()).isEqualTo(2);
        assertThat(report.rejected()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("broken.yaml");
            assertThat(p.line()).isEqualTo(3);
        });
        assertThat(registry.find(BROKEN)).get().satisfies(t -> {
            assertThat(t.status()).isEqualTo(Tenant.Status.FAILED);
            assertThat(t.statusMessage()).contains("permission denied");
        });
        assertThat(registry.find(TenantCode.of("629950100"))).get().extracting(Tenant::status).isEqualTo(Tenant.Status.READY);
        assertThat(failedMigrations()).isEqualTo(failuresBefore + 1);

        accounts.ensureDemo(BROKEN, new NewUser("broken.sysadmin", "坏镇管理员", Role.SYSTEM_ADMIN, null), "Broken-Town-2026", null);
        login("broken.sysadmin", HomeView.class);
        assertThat(_get(Div.class, spec -> spec.withId("tenant-unavailable")).getElement().getTextRecursively())
                .contains("初始化失败");

        // Once the cause is removed, the next reconciliation repairs the tenant, and the one after finds it current.
        asOwner().sql("drop schema t_629950101").update();
        assertThat(reconciler().reconcile().migrated()).isEqualTo(1);
        assertThat(registry.find(BROKEN)).get().extracting(Tenant::status).isEqualTo(Tenant.Status.READY);
        ReconciliationReport again = reconciler().reconcile();
        assertThat(again.migrated()).isZero();
        assertThat(again.failed()).isEmpty();
    }

    @Test
    void parallelMigrationsLeaveNoLiquibaseLockSet() {
        Integer locked = asOwner().sql("""
                select count(*) from platform.tenant t
                where exists (select 1 from pg_namespace where nspname = 't_' || t.code)
                  and (xpath('/row/c/text()', query_to_xml(format(
                        'select count(*) as c from %I.databasechangeloglock where locked', 't_' || t.code),
                        false, true, '')))[1]::text::int > 0""").query(Integer.class).single();
        assertThat(locked).isZero();
    }

    @Test
    void aLockLeftByAMigrationThatDiedIsClearedAndTheTenantMigrates() throws Exception {
        Files.copy(Path.of("tenants/621227-huixian.yaml"), tenants.resolve("621227-huixian.yaml"));
        asOwner().sql("update t_621227111.databasechangeloglock set locked = true, lockedby = 'a pod that died'").update();
        asOwner().sql("update platform.tenant set fingerprint = null where code = '621227111'").update();

        ReconciliationReport report = reconciler().reconcile();

        assertThat(report.failed()).isEmpty();
        assertThat(report.migrated()).isEqualTo(1);
        assertThat(asOwner().sql("select locked from t_621227111.databasechangeloglock").query(Boolean.class).single()).isFalse();
    }

    private TenantReconciler reconciler() {
        return new TenantReconciler(dataSource, registry, migrator, initializers,
                new ProvisioningSettings(tenants, 2), fingerprint, meters);
    }

    private double failedMigrations() {
        var counter = meters.find("gongguan.tenant.migrations").tag("outcome", "failed").counter();
        return counter == null ? 0 : counter.count();
    }
}
