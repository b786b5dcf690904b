package cn.gongguan.security;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated user of the current request, as Spring Security holds it. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user whose login is complete; empty for anonymous requests and for a login with steps left. */
    public static Optional<GongguanUser> find() {
        return principal(GongguanUser.class);
    }

    public static GongguanUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    /** The login of this request whose password was right but which has steps left. */
    public static Optional<PendingLogin> pending() {
        return principal(PendingLogin.class);
    }

    /** The current user if their role is one of the roles, else refused: "Role … may not {@code work}". */
    public static GongguanUser inRole(Set<Role> roles, String work) {
        GongguanUser user = get();
        if (!roles.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " may not " + work);
        }
        return user;
    }

    /** The account of this request's login, complete or pending, and the session epoch the login began with. */
    record Login(long accountId, int epoch) {
    }

    static Optional<Login> login() {
        return find().map(user -> new Login(user.id(), user.epoch()))
                .or(() -> pending().map(login -> new Login(login.accountId(), login.epoch())));
    }

    private static <T> Optional<T> principal(Class<T> type) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && type.isInstance(authentication.getPrincipal())
                ? Optional.of(type.cast(authentication.getPrincipal()))
                : Optional.empty();
    }
}
