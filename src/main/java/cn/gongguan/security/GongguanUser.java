package cn.gongguan.security;

import cn.gongguan.platform.TenantCode;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user. Its tenant is the only source of the tenant a request works for. The password hash is erased
 * once the login succeeded, so the session never holds it.
 */
public final class GongguanUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final TenantCode tenant;
    private final Role role;
    private final String orgUnit;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    GongguanUser(UserAccount account, String passwordHash, boolean locked) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.tenant = account.tenant();
        this.role = account.role();
        this.orgUnit = account.orgUnit();
        this.enabled = account.enabled();
        this.passwordHash = passwordHash;
        this.locked = locked;
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

    /** The village or community an information officer is scoped to, else null. */
    public String orgUnit() {
        return orgUnit;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
