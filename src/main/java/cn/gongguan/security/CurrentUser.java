package cn.gongguan.security;

import java.util.Optional;
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
}
