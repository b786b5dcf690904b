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
    void aUnitGetsEachFirstAdministratorOnceAndTheCountyWithThemIsLeftAlone() throws Exception {
        TenantCode fujia = TenantCode.of("621227104");
        assertThat(provisioning.ensureFirstAdministrator(fujia,
                new NewUser("fujia.first", "伏家镇系统管理员", Role.SYSTEM_ADMIN, null), "Fujia#First2026")).isTrue();
        assertThat(provisioning.ensureFirstAdministrator(fujia,
                new NewUser("fujia.second", "伏家镇系统管理员", Role.SYSTEM_ADMIN, null), "Fujia#First2026")).isFalse();
        assertThat(accounts.exists("fujia.second")).isFalse();
        assertThat(accounts.lockForLogin("fujia.first").orElseThrow().mustChangePassword())
                .as("a configured password is changed at the first login").isTrue();

        run(new FirstAdministratorSettings("county.first", "County#First2026", "county.firstsec", "County#Sec2026x",
                "county.firstaud", "County#Aud2026x", null));
        assertThat(accounts.exists("county.first")).as("the county has county.sysadmin already").isFalse();
        assertThat(accounts.exists("county.firstsec")).as("and county.secadmin").isFalse();
        run(new FirstAdministratorSettings("county.first", "County#First2026", null, null, null, null, "621227100"));
        assertThat(accounts.exists("county.first")).as("a township is not a county").isFalse();
    }

    private void run(FirstAdministratorSettings settings) throws Exception {
        new FirstAdministrator(settings, tenants, provisioning).run(null);
    }
}
