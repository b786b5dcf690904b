package cn.gongguan.security;

import cn.gongguan.platform.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds the logged-in user's tenant for the rest of the request — before any transaction opens — and unbinds it at
 * the end. The tenant never comes from the URL, a header or a form field. Runs after Spring Security's filters.
 */
final class TenantBindingFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.find();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (var scope = TenantContext.enter(user.get().tenant())) {
            chain.doFilter(request, response);
        }
    }
}
