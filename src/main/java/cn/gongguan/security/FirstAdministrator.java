package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Gives a new installation its first user: the county's system administrator, from the settings, once the tenants are
 * reconciled (the reconciler runs first). Nothing happens when the county has a system administrator already, so the
 * password setting can stay in place: it never resets anyone. From there the system administrator creates the county's
 * users and appoints the townships' system administrators, who appoint their committees'.
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
        if (settings.password() == null || settings.password().isBlank()) {
            return;
        }
        Optional<TenantCode> county = county();
        if (county.isEmpty()) {
            return;
        }
        String username = settings.username() == null || settings.username().isBlank() ? "sysadmin"
                : settings.username().strip();
        try {
            if (provisioning.ensureSystemAdministrator(county.get(),
                    new NewUser(username, "系统管理员", Role.SYSTEM_ADMIN, null, settings.password()))) {
                log.info("Created the first system administrator '{}' of {}", username, county.get());
            }
        } catch (DuplicateKeyException startedTogether) {
            log.info("The first system administrator of {} was created by another replica starting with this one",
                    county.get());
        } catch (InvalidInputException refused) {
            throw new IllegalStateException("The first system administrator was refused (" + refused.messageKey()
                    + "): set GONGGUAN_FIRST_ADMIN_USERNAME / GONGGUAN_FIRST_ADMIN_PASSWORD by the password policy");
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
