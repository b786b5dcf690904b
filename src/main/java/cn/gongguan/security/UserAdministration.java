package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creating, listing, disabling and re-enabling the user accounts of the administrator's own tenant — never another's.
 * The one exception: a system administrator appoints the system administrators of the units directly below their own
 * (a township's for the county, a residents' committee's for its township), who then keep their own unit's users.
 * Every change is audited and keeps the tenant's "enabled users" rollup up to date.
 */
@Service
public class UserAdministration {

    /** Rollup indicator: the tenant's enabled user accounts. */
    public static final String INDICATOR = "users_enabled";
    private static final int MAX_DISPLAY_NAME = 100;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Rollups rollups;
    private final OrgUnits orgUnits;
    private final TenantRegistry tenants;
    private final TransactionTemplate platformTransaction;

    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Rollups rollups,
                       OrgUnits orgUnits, TenantRegistry tenants,
                       @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.platformTransaction = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.rollups = rollups;
        this.orgUnits = orgUnits;
        this.tenants = tenants;
    }

    @PlatformTransactional(readOnly = true)
    public List<UserAccount> list(int offset, int limit) {
        return accounts.list(administrator().tenant(), offset, limit);
    }

    @PlatformTransactional(readOnly = true)
    public int count() {
        return accounts.count(administrator().tenant());
    }

    /** The roles an administrator may give in their own tenant. */
    public List<Role> assignableRoles() {
        TenantCode tenant = administrator().tenant();
        return Arrays.stream(Role.values()).filter(r -> r.allowedIn(tenant.kind())).toList();
    }

    /** Creates the account; the village is checked in the tenant's schema first, then the account is written. */
    public UserAccount create(NewUser user) {
        GongguanUser admin = administrator();
        return create(admin, admin.tenant(), user);
    }

    /** A unit directly below the administrator's own, with its system administrators. */
    public record Unit(Tenant tenant, List<UserAccount> administrators) {
    }

    /** The units directly below the system administrator's own, each with its system administrators. */
    @PlatformTransactional(readOnly = true)
    public List<Unit> units() {
        GongguanUser admin = systemAdministrator();
        List<Tenant> units = tenants.children(admin.tenant());
        Map<TenantCode, List<UserAccount>> administrators = accounts.withRole(
                units.stream().map(Tenant::code).toList(), Role.SYSTEM_ADMIN).stream()
                .collect(Collectors.groupingBy(UserAccount::tenant));
        return units.stream().map(t -> new Unit(t, administrators.getOrDefault(t.code(), List.of()))).toList();
    }

    /**
     * Appoints a system administrator of a unit directly below the system administrator's own; audited in both
     * units' trails. Any other unit is refused.
     */
    public UserAccount appoint(TenantCode unit, NewUser user) {
        GongguanUser admin = systemAdministrator();
        if (!unit.isChildOf(admin.tenant()) || tenants.find(unit).isEmpty()) {
            throw new AccessDeniedException(unit + " is not directly below " + admin.tenant());
        }
        UserAccount appointed = create(admin, unit, new NewUser(user.username(), user.displayName(), Role.SYSTEM_ADMIN,
                null, user.password()));
        audit.record(admin.tenant(), admin.getUsername(), AuditAction.USER_CREATED, appointed.username(),
                Role.SYSTEM_ADMIN.name() + " of " + unit.value(), null);
        return appointed;
    }

    private UserAccount create(GongguanUser admin, TenantCode tenant, NewUser user) {
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "user.username.invalid");
        }
        if (accounts.exists(username)) {
            throw new InvalidInputException("username", "user.username.taken");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new InvalidInputException("displayName", "validation.required");
        }
        if (user.displayName().strip().length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("displayName", "validation.tooLong", MAX_DISPLAY_NAME);
        }
        if (user.role() == null || !user.role().allowedIn(tenant.kind())) {
            throw new InvalidInputException("role", "user.role.notAllowed");
        }
        String orgUnit = user.role() == Role.VILLAGE_OFFICER ? user.orgUnit() : null;
        if (user.role() == Role.VILLAGE_OFFICER && (orgUnit == null || orgUnits.find(orgUnit).isEmpty())) {
            throw new InvalidInputException("orgUnit", "user.orgUnit.required");
        }
        PasswordPolicy.check(username, user.password());
        NewUser accepted = new NewUser(username, user.displayName().strip(), user.role(), orgUnit, null);
        String hash = passwords.encode(user.password());
        return platformTransaction.execute(status -> {
            accounts.insert(accepted, hash, tenant, admin.getUsername());
            audit.record(tenant, admin.getUsername(), AuditAction.USER_CREATED, username, user.role().name(), null);
            updateRollup(tenant);
            return accounts.findByUsername(username).orElseThrow();
        });
    }

    @PlatformTransactional
    public void setEnabled(UserAccount account, boolean enabled) {
        GongguanUser admin = administrator();
        if (account.id() == admin.id()) {
            throw new InvalidInputException("enabled", "user.cannotDisableSelf");
        }
        if (!accounts.setEnabled(admin.tenant(), account.id(), enabled)) {
            throw new AccessDeniedException("No account " + account.id() + " in tenant " + admin.tenant());
        }
        audit.record(admin.tenant(), admin.getUsername(), enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED,
                account.username(), null, null);
        updateRollup(admin.tenant());
    }

    private void updateRollup(TenantCode tenant) {
        rollups.setForPlatform(tenant, INDICATOR, Rollups.CURRENT, accounts.countEnabled(tenant));
    }

    private static GongguanUser systemAdministrator() {
        return CurrentUser.inRole(EnumSet.of(Role.SYSTEM_ADMIN), "appoint the administrators of the units below");
    }

    private static GongguanUser administrator() {
        GongguanUser user = CurrentUser.get();
        if (!user.role().managesUsers()) {
            throw new AccessDeniedException("Role " + user.role() + " does not manage users");
        }
        return user;
    }
}
