package cn.gongguan.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongguan.IntegrationTest;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A new installation's first user: created once where there is no system administrator, never a second time. */
class FirstAdministratorTest extends IntegrationTest {

    @Autowired
    TenantRegistry tenants;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    UserAccounts accounts;

    @Test
    void aUnitWithoutSystemAdministratorGetsOneOnceAndTheCountyWithOneIsLeftAlone() throws Exception {
        TenantCode fujia = TenantCode.of("621227101");
        assertThat(provisioning.ensureSystemAdministrator(fujia,
                new NewUser("fujia.first", "伏家镇系统管理员", Role.SYSTEM_ADMIN, null, "Fujia#First2026"))).isTrue();
        assertThat(provisioning.ensureSystemAdministrator(fujia,
                new NewUser("fujia.second", "伏家镇系统管理员", Role.SYSTEM_ADMIN, null, "Fujia#First2026"))).isFalse();
        assertThat(accounts.exists("fujia.second")).isFalse();

        run(new FirstAdministratorSettings("county.first", "County#First2026", null));
        assertThat(accounts.exists("county.first")).as("the county has county.sysadmin already").isFalse();
        run(new FirstAdministratorSettings("county.first", "County#First2026", "621227100"));
        assertThat(accounts.exists("county.first")).as("a township is not a county").isFalse();
    }

    private void run(FirstAdministratorSettings settings) throws Exception {
        new FirstAdministrator(settings, tenants, provisioning).run(null);
    }
}
