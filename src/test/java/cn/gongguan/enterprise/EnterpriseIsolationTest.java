package cn.gongguan.enterprise;

import static cn.gongguan.enterprise.EnterpriseFixtures.BEIJIE;
import static cn.gongguan.enterprise.EnterpriseFixtures.CHENGGUAN;
import static cn.gongguan.enterprise.EnterpriseFixtures.COUNTY;
import static cn.gongguan.enterprise.EnterpriseFixtures.FUJIA;
import static cn.gongguan.enterprise.EnterpriseFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongguan.UiTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.ui.HomeView;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each unit's enterprises are its own — a township's and a residents' committee's alike: another unit's users do not
 * see them through the services, and no other tenant's database role reads or changes the tables.
 */
class EnterpriseIsolationTest extends UiTest {

    @Autowired
    Enterprises enterprises;
    @Autowired
    EnterpriseTasks tasks;

    @Test
    void anotherUnitsUsersDoNotSeeTheRegister() {
        login("chengguan.staff", HomeView.class);
        String township = unique("城关隔离厂");
        enterprises.register(EnterpriseFixtures.details(township, null));
        logout();
        login("beijie.clerk", HomeView.class);
        String committee = unique("北街隔离店");
        enterprises.register(EnterpriseFixtures.details(committee, null));
        assertThat(enterprises.list(null, 0, 500)).extracting(Enterprise::getName).contains(committee)
                .doesNotContain(township);
        logout();

        for (String user : new String[] {"fujia.staff", "chengguan.admin"}) {
            login(user, HomeView.class);
            assertThat(enterprises.list(null, 0, 500)).as(user).extracting(Enterprise::getName)
                    .doesNotContain(committee);
            assertThat(enterprises.count(committee)).as(user).isZero();
            logout();
        }
        login("fujia.staff", HomeView.class);
        assertThat(enterprises.count(township)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"enterprise", "enterprise_staff", "enterprise_task", "enterprise_task_staff"})
    void noOtherTenantsRoleReadsOrChangesTheTables(String table) {
        Map<TenantCode, TenantCode[]> others = Map.of(CHENGGUAN, new TenantCode[] {FUJIA, BEIJIE, COUNTY},
                BEIJIE, new TenantCode[] {CHENGGUAN, FUJIA, COUNTY});
        others.forEach((owner, strangers) -> {
            for (TenantCode other : strangers) {
                assertThatThrownBy(() -> sqlAsTenant(other, "select count(*) from t_" + owner.value() + "." + table))
                        .as(other + " reads " + owner + "'s " + table).hasStackTraceContaining("permission denied");
                assertThatThrownBy(() -> sqlAsTenant(other, "delete from t_" + owner.value() + "." + table
                        + " returning 1")).as(other + " deletes from " + owner + "'s " + table)
                        .hasStackTraceContaining("permission denied");
            }
            assertThat(sqlAsTenant(owner, "select count(*) from " + table)).as("its own role reads it").hasSize(1);
        });
    }
}
