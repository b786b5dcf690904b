package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import cn.gongguan.platform.orgunit.OrgUnits;
import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, once every step of the login is done (password, a forced change, the second factor). Its tenant
 * is the only source of the tenant a request works for. It carries the account's session epoch of its login: when the
 * account's epoch moves on (disabled, role changed, password or second factor reset), this session ends.
 */
public final class GongguanUser implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final TenantCode tenant;
    private final Role role;
    private final String orgUnit;
    private final String department;
    private final boolean enabled;
    private final int epoch;
    private final Instant passwordChangedAt;

    GongguanUser(LoginState state) {
        this(state.account().id(), state.account().username(), state.account().displayName(), state.account().tenant(),
                state.account().role(), state.account().orgUnit(), state.account().department(),
                state.account().active(), state.epoch(), state.passwordChangedAt());
    }

    private GongguanUser(long id, String username, String displayName, TenantCode tenant, Role role, String orgUnit,
                         String department, boolean enabled, int epoch, Instant passwordChangedAt) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.tenant = tenant;
        this.role = role;
        this.orgUnit = orgUnit;
        this.department = department;
        this.enabled = enabled;
        this.epoch = epoch;
        this.passwordChangedAt = passwordChangedAt;
    }

    /**
     * A user no account stands behind, for work a township does on its own (taking in what reached it): township staff
     * of the tenant with no unit scope, named {@code actor} in what it records and audits.
     */
    static GongguanUser townshipWork(TenantCode township, String actor) {
        return new GongguanUser(0, actor, actor, township, Role.TOWNSHIP_STAFF, null, null, true, 0, null);
    }

    /** The same user with a new session epoch: after changing their own password, this session goes on. */
    GongguanUser withEpoch(int newEpoch, Instant changedAt) {
        return new GongguanUser(id, username, displayName, tenant, role, orgUnit, department, enabled, newEpoch,
                changedAt);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public TenantCode tenant() {
        return tenant;
    }

    public Role role() {
        return role;
    }

    /** The village (level-1 officer) or group (level-2 officer) an information officer is scoped to, else null. */
    public String orgUnit() {
        return orgUnit;
    }

    /** The code of the department a liaison speaks for ({@link AccountDepartments}); null for every other role. */
    public String department() {
        return department;
    }

    /** Whether the unit lies in the user's scope: any for township staff, the own village or group for an officer. */
    public boolean covers(String unitCode) {
        return OrgUnits.inScope(orgUnit, unitCode);
    }

    /**
     * The unit a list asked for {@code requested} is narrowed to: that unit when it lies in the user's scope (a village
     * officer may pick one of the village's groups), else the user's own scope (null for township staff: all).
     */
    public String scope(String requested) {
        return covers(requested) ? requested : orgUnit;
    }

    int epoch() {
        return epoch;
    }

    /** When the password was last set; it expires a configured number of days later. */
    public Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    /** Never holds the password hash: the login checks it from the database. */
    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
