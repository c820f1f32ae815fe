package org.cthub.app.security;

import java.time.Clock;
import org.cthub.app.audit.AuditTrail;
import org.cthub.store.audit.AuditEvent;
import org.cthub.store.users.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Deny by default: every page needs a signed-in account except the login page and static files; what an
 * account may do is checked again on each service method by authority. Strict headers: a content security
 * policy without inline scripts or styles, no framing, no referrer. The login through the organisation's
 * identity provider (OpenID Connect) is on only when a client registration is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /** The public API's paths: its releases (and below them) and its OpenAPI document. */
    private static final String[] PUBLIC_API = {"/api/v1/releases", "/api/v1/releases/**", "/api/v1/openapi.json"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, LoginThrottle throttle, AuditTrail audit,
                                    ObjectProvider<ClientRegistrationRepository> clients,
                                    ObjectProvider<IdentityProviderAccounts> providerAccounts, Users users)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error")
                        .permitAll()
                        // the public hub's API: read-only, no account (docs/opendata.md)
                        // (named paths only, so an endpoint added under /api/v1 later is not public by accident)
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_API).permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, PUBLIC_API).permitAll()
                        // the public hub's pages and their scripts, styles and map (docs/opendata.md)
                        .requestMatchers(HttpMethod.GET, "/hub", "/hub/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/hub", "/hub/**").permitAll()
                        .requestMatchers("/admin/**").hasAuthority(Role.Authority.ADMIN_ACCESS)
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("CTHUB_SESSION"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.newSession()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(denied(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ActiveAccounts(users), AuthorizationFilter.class);
        if (clients.getIfAvailable() != null) {
            IdentityProviderAccounts accounts = providerAccounts.getObject();
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                    .defaultSuccessUrl("/", true));
        }
        return http.build();
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    // A filter bean would also be registered with the servlet container, outside Spring Security's chain.
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<LoginThrottle> loginThrottleOutsideTheChain(
            LoginThrottle throttle) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(throttle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    /** A refusal is a 403 page and an audit entry: trying doors is what insiders who browse do. */
    private static AccessDeniedHandler denied(AuditTrail audit) {
        return (request, response, exception) -> {
            audit.record("ACCESS_DENIED", "PAGE", request.getServletPath(), AuditEvent.Outcome.DENIED,
                    request.getMethod());
            response.sendError(403);
        };
    }
}
