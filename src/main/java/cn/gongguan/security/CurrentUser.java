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

    public static Optional<GongguanUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof GongguanUser user
                ? Optional.of(user)
                : Optional.empty();
    }

    public static GongguanUser get() {
        return find().orElseThrow(() -> new IllegalStateException("No user is logged in"));
    }

    /** The current user if their role is one of the roles, else refused: "Role … may not {@code work}". */
    public static GongguanUser inRole(Set<Role> roles, String work) {
        GongguanUser user = get();
        if (!roles.contains(user.role())) {
            throw new AccessDeniedException("Role " + user.role() + " may not " + work);
        }
        return user;
    }
}
