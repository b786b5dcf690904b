package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation its first users: the county's three administrators (system, security, audit), from the
 * settings, once the tenants are reconciled (the reconciler runs first). Nothing happens for a role the county has an
 * active account of, so the password settings can stay in place: they never reset anyone. Each changes the configured
 * password and enrols a second factor at the first login. From there the system administrator creates the county's
 * accounts and the townships' administrators, and the security administrator grants their roles.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorSettings settings;
    private final TenantRegistry tenants;
    private final AccountProvisioning provisioning;

    FirstAdministrator(FirstAdministratorSettings settings, TenantRegistry tenants, AccountProvisioning provisioning) {
        this.settings = settings;
        this.tenants = tenants;
        this.provisioning = provisioning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (Stream.of(settings.password(), settings.securityPassword(), settings.auditPassword())
                .allMatch(p -> p == null || p.isBlank())) {
            return;
        }
        Optional<TenantCode> county = county();
        if (county.isEmpty()) {
            return;
        }
        create(county.get(), Role.SYSTEM_ADMIN, settings.username(), "sysadmin", "系统管理员", settings.password());
        create(county.get(), Role.SECURITY_ADMIN, settings.securityUsername(), "secadmin", "安全管理员",
                settings.securityPassword());
        create(county.get(), Role.AUDIT_ADMIN, settings.auditUsername(), "auditor", "审计管理员",
                settings.auditPassword());
    }

    private void create(TenantCode county, Role role, String configured, String defaultName, String displayName,
                        String password) {
        if (password == null || password.isBlank()) {
            return;
        }
        String username = configured == null || configured.isBlank() ? defaultName : configured.strip();
        try {
            if (provisioning.ensureFirstAdministrator(county, new NewUser(username, displayName, role, null), password)) {
                log.info("Created the first {} '{}' of {}", role, username, county);
            }
        } catch (DuplicateKeyException startedTogether) {
            log.info("The first {} of {} was created by another replica starting with this one", role, county);
        } catch (InvalidInputException refused) {
            throw new IllegalStateException("The first " + role + " was refused (" + refused.messageKey()
                    + "): set the GONGGUAN_FIRST_ADMIN_* user names and passwords by the password policy");
        }
    }

    private Optional<TenantCode> county() {
        List<Tenant> roots = tenants.roots();
        if (settings.tenant() != null && !settings.tenant().isBlank()) {
            TenantCode wanted = TenantCode.of(settings.tenant().strip());
            if (roots.stream().noneMatch(t -> t.code().equals(wanted))) {
                log.warn("gongguan.first-admin.tenant {} is not a county of the tenant files: no administrator created",
                        wanted);
                return Optional.empty();
            }
            return Optional.of(wanted);
        }
        if (roots.size() != 1) {
            log.warn("The tenant files declare {} counties: set gongguan.first-admin.tenant to the one to administer",
                    roots.size());
            return Optional.empty();
        }
        return Optional.of(roots.getFirst().code());
    }
}
