package cn.gongguan.security;

import cn.gongguan.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** BCrypt at cost 12; stored hashes carry their scheme, so a later, stronger one can take over gradually. */
    private static final String HASHING = "bcrypt";

    /**
     * The login form is checked by {@link PasswordLogin} alone (no other provider to fall back to), behind a throttle
     * per client address; every request of a logged-in session first checks that its account has not changed since.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment, PasswordLogin passwordLogin,
                                            UserAccounts accounts, SecuritySettings settings) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(onManagementPort(environment)).permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.authenticationManager(new ProviderManager(passwordLogin));
        http.addFilterBefore(new LoginThrottle(settings.loginAttemptsPerMinute()),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new AccountSessionFilter(accounts), SecurityContextHolderFilter.class);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * A request to the management server on its own port, where only the probes and the metrics are exposed
     * ({@code management.endpoints.web.exposure}); the cluster reaches that port, users do not. Served on the
     * application's port, the actuator would be behind the login like everything else.
     */
    private static RequestMatcher onManagementPort(Environment environment) {
        return request -> {
            Integer management = environment.getProperty("local.management.port", Integer.class);
            return management != null && request.getLocalPort() == management
                    && !management.equals(environment.getProperty("local.server.port", Integer.class));
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(HASHING, Map.of(HASHING, new BCryptPasswordEncoder(12)));
    }

    /** Binds the user's tenant after Spring Security has authenticated the request (its chain is at order -100). */
    @Bean
    FilterRegistrationBean<TenantBindingFilter> tenantBindingFilter() {
        FilterRegistrationBean<TenantBindingFilter> registration = new FilterRegistrationBean<>(new TenantBindingFilter());
        registration.setOrder(0);
        return registration;
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
