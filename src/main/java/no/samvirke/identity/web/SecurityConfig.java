package no.samvirke.identity.web;

import no.samvirke.identity.EngineAccessLog;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Four filter chains: Camunda's webapps (admin only, Cockpit operations only, single sign-on from
 * our login, Camunda's own CSRF), Camunda's engine REST API (admin only, an allow-list of
 * operations, each request audited, HTTP Basic), our JSON API (HTTP Basic,
 * stateless, problem+json) and the pages (form login, CSRF). Every sign-in, form or HTTP Basic,
 * goes through the {@link LoginThrottle} ({@link ThrottledSignIn}, ADR 0022).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final String ADMIN = Role.ADMIN.name();

    /**
     * No inline or evaluated script anywhere (ADR 0022; {@code NoInlineScriptInTemplatesTest} keeps the
     * templates so) and no inline style (the catalogue's styles live in samvirke.css).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Plain path matching: Camunda's REST API is a Jersey servlet, not Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http, EngineAccessLog engineLog, Users users) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                // Cockpit only, and only operations (ADR 0020): no Tasklist, no Admin, no setup.
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EngineOperations.allowedUnder("/camunda/api/engine/engine/default"))
                        .hasRole(ADMIN)
                        .requestMatchers(EngineOperations.any(HttpMethod.GET, "/camunda/api/engine/engine",
                                "/camunda/api/engine/engine/", "/camunda/app/cockpit/**", "/camunda/assets/**",
                                "/camunda/lib/**", "/camunda/api/admin/auth/user/*")).hasRole(ADMIN)
                        // Cockpit's own read-only queries; Camunda checks their authorizations
                        .requestMatchers(EngineOperations.any(HttpMethod.GET, "/camunda/api/cockpit/plugin/**"))
                        .hasRole(ADMIN)
                        .requestMatchers(EngineOperations.any(HttpMethod.POST, "/camunda/api/cockpit/plugin/**",
                                "/camunda/api/admin/auth/user/*/logout")).hasRole(ADMIN)
                        .anyRequest().denyAll())
                .addFilterBefore(new EngineRequestAudit(engineLog, users), ExceptionTranslationFilter.class)
                // Camunda's webapps carry their own CSRF protection.
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaRest(HttpSecurity http, EngineAccessLog engineLog, Users users, ThrottledSignIn signIn,
                                    ProblemAuthenticationHandlers problems) throws Exception {
        return http.securityMatcher(path("/engine-rest/**"))
                // an allow-list of operations (ADR 0020); everything else, deployments first, is 403
                .authorizeHttpRequests(a -> a
                        .requestMatchers(EngineOperations.allowedUnder("/engine-rest")).hasRole(ADMIN)
                        .anyRequest().denyAll())
                .addFilterBefore(new EngineRequestAudit(engineLog, users), ExceptionTranslationFilter.class)
                .authenticationManager(signIn.passwords())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems, ThrottledSignIn signIn)
            throws Exception {
        return http.securityMatcher(path("/api/**"))
                .authenticationManager(signIn.api())
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems))
                // Stateless and Basic only: no cookie is accepted, so there is nothing to forge.
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain pages(HttpSecurity http, ProblemAuthenticationHandlers problems, ThrottledSignIn signIn)
            throws Exception {
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(signIn.passwords())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(problems))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "true".equals(request.getHeader("HX-Request"))))
                .build();
    }
}
