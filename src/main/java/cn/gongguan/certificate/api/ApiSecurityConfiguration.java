package cn.gongguan.certificate.api;

import cn.gongguan.security.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own filter chain for {@code /api/**}, ordered before Vaadin's (which serves everything else, unchanged):
 * stateless — no session, no CSRF token, no login form, no redirect — and authenticated by a department's bearer
 * token ({@link BearerTokenFilter}). Only the OpenAPI document is open, so that integrators read it without a login.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** The authority of a request authenticated by an API token. */
    static final String AUTHORITY = "API_TOKEN";
    /** The OpenAPI document: {@code /api/v1/openapi} (JSON) and {@code /api/v1/openapi.yaml} (springdoc). */
    static final String DOCUMENT = "/api/v1/openapi";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiCallers callers, ApiRateLimits limits, AuditTrail audit,
                                       ApiReplies replies) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCUMENT, DOCUMENT + ".yaml", DOCUMENT + "/**").permitAll()
                        .anyRequest().hasAuthority(AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(callers, limits, audit, replies),
                        AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /** Whether the request is for the OpenAPI document, which needs no token. */
    static boolean isDocument(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(DOCUMENT) || path.startsWith(DOCUMENT + ".") || path.startsWith(DOCUMENT + "/");
    }
}
