package cn.gongguan.security;

import cn.gongguan.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** BCrypt at cost 12; stored hashes carry their scheme, so a later, stronger one can take over gradually. */
    private static final String HASHING = "bcrypt";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info")
                .permitAll()
                .requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
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
