package cn.gongguan.certificate.api;

import cn.gongguan.security.audit.AuditAction;
import cn.gongguan.security.audit.AuditTrail;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request of the API by its {@code Authorization: Bearer <secret>} header, then takes it from its
 * token's rate limit. No token, or an unknown, rotated-away or revoked one: 401 with {@code WWW-Authenticate: Bearer}
 * (RFC 6750), recorded in the audit trail with the first characters of what was presented and the remote address,
 * never the secret. Over the token's limit: 429 with {@code Retry-After} in seconds. Part of the API's own stateless
 * filter chain only ({@link ApiSecurityConfiguration}), never registered with the servlet container.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final String CHALLENGE = "Bearer realm=\"gongguan\"";

    private final ApiCallers callers;
    private final ApiRateLimits limits;
    private final AuditTrail audit;
    private final ApiReplies replies;

    BearerTokenFilter(ApiCallers callers, ApiRateLimits limits, AuditTrail audit, ApiReplies replies) {
        this.callers = callers;
        this.limits = limits;
        this.audit = audit;
        this.replies = replies;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ApiSecurityConfiguration.isDocument(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = secret(request);
        Optional<ApiCaller> caller = secret == null ? Optional.empty() : callers.find(secret);
        if (caller.isEmpty()) {
            refuse(request, response, secret);
            return;
        }
        OptionalLong wait = limits.admit(caller.get());
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.getAsLong()));
            replies.write(response, 429, replies.error(request, "too_many_requests", "api.error.throttled",
                    wait.getAsLong()));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new PreAuthenticatedAuthenticationToken(caller.get(), null,
                List.of(new SimpleGrantedAuthority(ApiSecurityConfiguration.AUTHORITY))));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String secret) throws IOException {
        String hint = secret == null ? null : ApiSecret.hint(secret);
        audit.record(null, hint == null ? "api" : hint, AuditAction.API_TOKEN_REFUSED,
                hint == null ? null : "api_token:" + hint,
                // not the path: it holds the ID number asked about, which a refused caller does not get recorded
                hint == null ? "no bearer token" : "unknown, rotated-away or revoked token", request.getRemoteAddr());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                secret == null ? CHALLENGE : CHALLENGE + ", error=\"invalid_token\"");
        replies.write(response, 401, replies.error(request, "unauthorized", "api.error.unauthorized"));
    }

    /** The secret of an {@code Authorization: Bearer} header; null when there is none. */
    private static String secret(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String secret = header.substring(SCHEME.length()).strip();
        return secret.isEmpty() ? null : secret;
    }
}
