package cn.gongguan.demo;

import cn.gongguan.groups.VillageGroups;
import cn.gongguan.platform.DevelopmentMode;
import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.TenantContext;
import cn.gongguan.platform.orgunit.OrgUnit;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.reference.Department;
import cn.gongguan.security.AccountProvisioning;
import cn.gongguan.security.NewUser;
import cn.gongguan.security.Role;
import cn.gongguan.security.UserAdministration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds one demo user per role for the Huixian tenants (listed in the README), after the tenants are reconciled,
 * then a few persons to work on.
 * Only in development mode (its published passwords and second-factor secret must never reach a real installation):
 * on by default there, unless {@code gongguan.demo.enabled=false}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    static final TenantCode COUNTY = TenantCode.of("621227");
    static final TenantCode CHENGGUAN = TenantCode.of("621227100");
    static final TenantCode FUJIA = TenantCode.of("621227101");
    static final TenantCode BEIJIE = TenantCode.of("621227100001");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoSettings settings;
    private final Environment environment;
    private final TenantRegistry registry;
    private final AccountProvisioning accounts;
    private final OrgUnits orgUnits;
    private final DemoContent content;
    private final UserAdministration administration;
    private final VillageGroups villageGroups;

    DemoData(DemoSettings settings, Environment environment, TenantRegistry registry, AccountProvisioning accounts,
             OrgUnits orgUnits, DemoContent content, UserAdministration administration, VillageGroups villageGroups) {
        this.administration = administration;
        this.villageGroups = villageGroups;
        this.content = content;
        this.settings = settings;
        this.environment = environment;
        this.registry = registry;
        this.accounts = accounts;
        this.orgUnits = orgUnits;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DevelopmentMode.isOn(environment)) {
            if (Boolean.TRUE.equals(settings.enabled())) {
                log.warn("No demo users: they are seeded in development mode only (SPRING_PROFILES_ACTIVE={})",
                        DevelopmentMode.PROFILE);
            }
            return;
        }
        if (Boolean.FALSE.equals(settings.enabled())) {
            return;
        }
        seed(COUNTY, "county.admin", "县管理员", Role.COUNTY_ADMIN);
        seed(COUNTY, "county.governance", "县综治组成员", Role.COUNTY_GOVERNANCE);
        seed(COUNTY, "county.sysadmin", "县系统管理员", Role.SYSTEM_ADMIN);
        seed(COUNTY, "county.secadmin", "县安全管理员", Role.SECURITY_ADMIN);
        seed(COUNTY, "county.auditor", "县审计管理员", Role.AUDIT_ADMIN);
        departmentAccount("county.police", "城关派出所联络员", Role.LIAISON, Department.POLICE);
        departmentAccount("county.market", "县市场监管局联络员", Role.LIAISON, Department.MARKET);
        departmentAccount("county.verify", "城关派出所户籍窗口", Role.VERIFIER, Department.POLICE);
        seed(CHENGGUAN, "chengguan.admin", "城关镇计生办主任", Role.TOWNSHIP_ADMIN);
        seed(CHENGGUAN, "chengguan.staff", "城关镇专管员", Role.TOWNSHIP_STAFF);
        seed(CHENGGUAN, "chengguan.sysadmin", "城关镇系统管理员", Role.SYSTEM_ADMIN);
        seed(CHENGGUAN, "chengguan.secadmin", "城关镇安全管理员", Role.SECURITY_ADMIN);
        seed(CHENGGUAN, "chengguan.auditor", "城关镇审计管理员", Role.AUDIT_ADMIN);
        firstVillage(CHENGGUAN).ifPresent(village -> seed(CHENGGUAN, "chengguan.officer",
                village.getName() + "信息员", Role.VILLAGE_OFFICER, village.getCode()));
        groupOfficer(CHENGGUAN, "chengguan.admin", List.of("一组", "二组", "三组"), "chengguan.group", "组长");
        seed(FUJIA, "fujia.admin", "伏家镇计生办主任", Role.TOWNSHIP_ADMIN);
        seed(FUJIA, "fujia.staff", "伏家镇专管员", Role.TOWNSHIP_STAFF);
        firstVillage(FUJIA).ifPresent(village -> seed(FUJIA, "fujia.officer",
                village.getName() + "信息员", Role.VILLAGE_OFFICER, village.getCode()));
        groupOfficer(FUJIA, "fujia.admin", List.of("一组", "二组"), "fujia.group", "中心户长");
        seed(BEIJIE, "beijie.clerk", "北街居委会文书", Role.COMMITTEE_CLERK);
        if (ready(CHENGGUAN)) {
            pendingAccount();
        }
        if (ready(CHENGGUAN) && ready(BEIJIE)) {
            content.seed();
        }
    }

    /**
     * An account 城关镇's system administrator created and its security administrator has yet to grant: the demo of
     * accounts made by two people.
     */
    private void pendingAccount() {
        accounts.runAs("chengguan.sysadmin", () -> {
            try {
                administration.create(new NewUser("chengguan.newstaff", "城关镇新专管员", Role.TOWNSHIP_STAFF, null));
            } catch (InvalidInputException seededBefore) {
                // the data directory is kept across restarts: the account is there already
            }
        });
    }

    private Optional<OrgUnit> firstVillage(TenantCode township) {
        if (!ready(township)) {
            return Optional.empty();
        }
        List<OrgUnit> units = TenantContext.callAs(township, orgUnits::active);
        return units.stream().filter(u -> u.getKind() == OrgUnit.Kind.VILLAGE).findFirst();
    }

    /**
     * Groups below the township's first village, entered by its administrator as on the org-units page (unless there
     * are some already: the data directory survives restarts), and a level-2 officer for the first of them.
     */
    private void groupOfficer(TenantCode township, String admin, List<String> groups, String username, String title) {
        firstVillage(township).ifPresent(village -> {
            accounts.runAs(admin, () -> {
                if (villageGroups.groupsOf(village.getCode()).isEmpty()) {
                    groups.forEach(name -> villageGroups.add(village.getCode(),
                            villageGroups.nextNumber(village.getCode()), name));
                }
            });
            TenantContext.callAs(township, () -> orgUnits.groupsOf(village.getCode())).stream().findFirst()
                    .ifPresent(group -> seed(township, username, village.getName() + group.getName() + title,
                            Role.GROUP_OFFICER, group.getCode()));
        });
    }

    /**
     * An account of the county that speaks for a department: a liaison (部门联络员), named in its joint operations, or
     * a verifier (部门核验员) at a permit counter.
     */
    private void departmentAccount(String username, String displayName, Role role, Department department) {
        if (ready(COUNTY) && accounts.ensureDemo(COUNTY, new NewUser(username, displayName, role, null,
                department.name()), settings.password(), settings.secondFactorSecret())) {
            log.info("Demo user {} created in {}", username, COUNTY);
        }
    }

    private void seed(TenantCode tenant, String username, String displayName, Role role) {
        seed(tenant, username, displayName, role, null);
    }

    private void seed(TenantCode tenant, String username, String displayName, Role role, String orgUnit) {
        if (!ready(tenant)) {
            log.warn("Demo user {} not created: tenant {} is not ready", username, tenant);
            return;
        }
        if (accounts.ensureDemo(tenant, new NewUser(username, displayName, role, orgUnit), settings.password(),
                settings.secondFactorSecret())) {
            log.info("Demo user {} created in {}", username, tenant);
        }
    }

    private boolean ready(TenantCode tenant) {
        return registry.find(tenant).map(Tenant::isReady).orElse(false);
    }
}
