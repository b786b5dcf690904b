package cn.gongguan.security;

import cn.gongguan.platform.InvalidInputException;
import cn.gongguan.platform.PlatformTransactional;
import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnits;
import cn.gongguan.platform.provisioning.Tenant;
import cn.gongguan.platform.provisioning.TenantRegistry;
import cn.gongguan.platform.rollup.Rollups;
import cn.gongguan.security.audit.AuditAction;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's part of the accounts: creating them (pending until the security administrator grants
 * their role), disabling them, and asking for a disabled one to be enabled again (pending again). The accounts of the
 * own unit, and the three administrators' of the units directly below. Who may do what is {@link RoleMatrix}'s to say;
 * every act is audited and keeps the unit's "active users" rollup up to date.
 */
@Service
public class UserAdministration {

    /** Rollup indicator: the tenant's active user accounts. */
    public static final String INDICATOR = "users_enabled";
    /** Limits of what the system administrator types (the columns allow more; the form holds to these). */
    public static final int MAX_USERNAME = 32;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (MAX_USERNAME - 1) + "}");
    private static final EnumSet<Role> ACCOUNT_KEEPERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);

    private final UserAccounts accounts;
    private final AccountAudit audit;
    private final Rollups rollups;
    private final OrgUnits orgUnits;
    private final TenantRegistry tenants;
    private final AccountDepartments departments;
    private final TransactionTemplate platformTransaction;

    UserAdministration(UserAccounts accounts, AccountAudit audit, Rollups rollups, OrgUnits orgUnits,
                       TenantRegistry tenants, AccountDepartments departments,
                       @Qualifier(PlatformTransactional.MANAGER) PlatformTransactionManager transactionManager) {
        this.platformTransaction = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.audit = audit;
        this.rollups = rollups;
        this.orgUnits = orgUnits;
        this.tenants = tenants;
        this.departments = departments;
    }

    /** The accounts of the administrator's own unit (system or security administrator). */
    @PlatformTransactional(readOnly = true)
    public List<UserAccount> list(int offset, int limit) {
        return accounts.list(accountKeeper().tenant(), offset, limit);
    }

    @PlatformTransactional(readOnly = true)
    public int count() {
        return accounts.count(accountKeeper().tenant());
    }

    /** The roles the current administrator may {@code act} on in {@code unit}: create for one, grant for the other. */
    public List<Role> roles(AccountAct act, TenantCode unit) {
        GongguanUser admin = CurrentUser.get();
        return Arrays.stream(Role.values()).filter(role -> RoleMatrix.allows(admin, act, role, unit)).toList();
    }

    /** Creates a pending account in the administrator's own unit. */
    public UserAccount create(NewUser user) {
        GongguanUser admin = CurrentUser.get();
        return create(admin, admin.tenant(), user);
    }

    /** A unit directly below the administrator's own, with its three administrators. */
    public record Unit(Tenant tenant, List<UserAccount> administrators) {
    }

    /** The units directly below the administrator's own, each with its three administrators. */
    @PlatformTransactional(readOnly = true)
    public List<Unit> units() {
        GongguanUser admin = accountKeeper();
        List<Tenant> units = tenants.children(admin.tenant());
        Map<TenantCode, List<UserAccount>> administrators = accounts.withRole(
                units.stream().map(Tenant::code).toList(), Role.ADMINISTRATORS).stream()
                .collect(Collectors.groupingBy(UserAccount::tenant));
        return units.stream().map(t -> new Unit(t, administrators.getOrDefault(t.code(), List.of()))).toList();
    }

    /** Creates a pending administrator account of a unit directly below; any other unit is refused. */
    public UserAccount appoint(TenantCode unit, NewUser user) {
        GongguanUser admin = CurrentUser.get();
        if (!unit.isChildOf(admin.tenant()) || tenants.find(unit).isEmpty()) {
            throw new AccessDeniedException(unit + " is not directly below " + admin.tenant());
        }
        return create(admin, unit, user);
    }

    private UserAccount create(GongguanUser admin, TenantCode unit, NewUser user) {
        if (user.role() == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        RoleMatrix.check(admin, AccountAct.CREATE, user.role(), unit);
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "user.username.invalid");
        }
        if (accounts.exists(username)) {
            throw new InvalidInputException("username", "user.username.taken");
        }
        String displayName = displayName(user.displayName());
        String orgUnit = orgUnit(user.role(), user.orgUnit());
        NewUser accepted = new NewUser(username, displayName, user.role(), orgUnit,
                department(user.role(), user.department()));
        try {
            return platformTransaction.execute(status -> {
                long id = accounts.insertPending(accepted, unit, admin.getUsername());
                UserAccount created = accounts.find(id).orElseThrow();
                audit.record(admin, AuditAction.USER_CREATED, created, user.role().name());
                return created;
            });
        } catch (DuplicateKeyException takenMeanwhile) {
            throw new InvalidInputException("username", "user.username.taken");
        }
    }

    /** Disables the account and ends its sessions. */
    @PlatformTransactional
    public void disable(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = locked(account);
        RoleMatrix.check(admin, AccountAct.DISABLE, target);
        accounts.checkUnchanged(account, target);
        if (target.status() == AccountStatus.DISABLED) {
            throw new InvalidInputException("status", "account.statusChanged");
        }
        accounts.disable(target.id(), admin.getUsername());
        audit.record(admin, AuditAction.USER_DISABLED, target, null);
        updateRollup(target.tenant());
    }

    /** Asks for a disabled account to be enabled: it is pending until a security administrator grants its role. */
    @PlatformTransactional
    public void enable(UserAccount account) {
        GongguanUser admin = CurrentUser.get();
        UserAccount target = locked(account);
        RoleMatrix.check(admin, AccountAct.DISABLE, target);
        accounts.checkUnchanged(account, target);
        if (target.status() != AccountStatus.DISABLED) {
            throw new InvalidInputException("status", "account.statusChanged");
        }
        accounts.requestRole(target.id(), target.role(), target.orgUnit(), admin.getUsername());
        audit.record(admin, AuditAction.USER_ENABLED, target, target.role().name());
    }

    /**
     * Asks for another role for an account: it ends its sessions and is pending until a security administrator grants
     * the role, so a role changes only by two people. An administrator stays an administrator and a business account a
     * business account: such a change is a new account.
     */
    public void requestRole(UserAccount account, Role role, String orgUnit) {
        GongguanUser admin = CurrentUser.get();
        if (role == null) {
            throw new InvalidInputException("role", "validation.required");
        }
        UserAccount target = accounts.find(account.id())
                .orElseThrow(() -> new AccessDeniedException("No account " + account.id()));
        RoleMatrix.check(admin, AccountAct.DISABLE, target);
        RoleMatrix.check(admin, AccountAct.CREATE, role, target.tenant());
        if (role.isAdministrator() != target.role().isAdministrator()) {
            throw new InvalidInputException("role", "account.roleFamily");
        }
        if (role.speaksForDepartment() != target.role().speaksForDepartment()) {
            // a liaison or verifier speaks for a department, which an account gets when it is created
            throw new InvalidInputException("role", "account.liaisonFamily");
        }
        String village = orgUnit(role, orgUnit);
        platformTransaction.executeWithoutResult(status -> {
            UserAccount current = locked(account);
            accounts.checkUnchanged(account, current);
            if (current.status() == AccountStatus.DISABLED || current.role() != target.role()) {
                throw new InvalidInputException("role", "account.statusChanged");
            }
            accounts.requestRole(current.id(), role, village, admin.getUsername());
            audit.record(admin, AuditAction.ROLE_REQUESTED, current, current.role().name() + " -> " + role.name());
            updateRollup(current.tenant());
        });
    }

    private UserAccount locked(UserAccount account) {
        return accounts.lockForLogin(account.id()).map(LoginState::account)
                .orElseThrow(() -> new AccessDeniedException("No account " + account.id()));
    }

    /** Counts the unit's active accounts into its rollup. */
    void updateRollup(TenantCode tenant) {
        rollups.setForPlatform(tenant, INDICATOR, Rollups.CURRENT, accounts.countActive(tenant));
    }

    /**
     * The org unit of the administrator's own unit an information officer is scoped to — a village for a level-1
     * officer, a group for a level-2 one — and null for other roles.
     */
    String orgUnit(Role role, String orgUnit) {
        if (!Role.OFFICERS.contains(role)) {
            return null;
        }
        if (orgUnits.find(orgUnit).filter(role::mayBeScopedTo).isEmpty()) {
            throw new InvalidInputException("orgUnit",
                    role == Role.GROUP_OFFICER ? "user.orgUnit.groupRequired" : "user.orgUnit.required");
        }
        return orgUnit;
    }

    /** The department a liaison or verifier speaks for (one of {@link AccountDepartments}); none for other roles. */
    String department(Role role, String department) {
        if (!role.speaksForDepartment()) {
            return null;
        }
        if (department == null || !departments.codes().contains(department)) {
            throw new InvalidInputException("department", "validation.required");
        }
        return department;
    }

    private static String displayName(String displayName) {
        return AccountLimits.DISPLAY_NAME.check(displayName);
    }

    private static GongguanUser accountKeeper() {
        return CurrentUser.inRole(ACCOUNT_KEEPERS, "keep user accounts");
    }
}
