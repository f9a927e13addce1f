package no.samvirke.identity.web;

import no.samvirke.identity.EngineAccessLog;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.Role;
import no.samvirke.identity.Users;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
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
 *
 * <p>Single sign-on (ADR 0029): when {@code spring.security.oauth2.client.registration.*} names providers,
 * the pages add OIDC log-in ({@link ProviderSignIn}) and RP-initiated logout, and the API accepts their
 * bearer tokens ({@link BearerTokens}) beside HTTP Basic. With none configured (the embedded default)
 * nothing of it exists. Every chain re-checks the account on each request ({@link AccountCheck}); a
 * pending single sign-on account sees only {@code /ingen-tilgang}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfig.class);

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
    SecurityFilterChain camundaWebapps(HttpSecurity http, EngineAccessLog engineLog, Users users,
                                       ObjectProvider<ExternalSignIn> externalSignIn) throws Exception {
        checkAccounts(http, externalSignIn, signedOut());
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
                                    ProblemAuthenticationHandlers problems, ObjectProvider<ExternalSignIn> externalSignIn)
            throws Exception {
        checkAccounts(http, externalSignIn, problems);
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
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationHandlers problems, ThrottledSignIn signIn,
                            ObjectProvider<ClientRegistrationRepository> registrations,
                            ObjectProvider<ExternalSignIn> externalSignIn, SignInProviderSettings providers)
            throws Exception {
        checkAccounts(http, externalSignIn, problems);
        Iterable<ClientRegistration> configured = configured(registrations);
        if (configured != null) {
            // Bearer when the header says Bearer, Basic when it says Basic: both on this chain
            http.oauth2ResourceServer(r -> r
                    .authenticationManagerResolver(BearerTokens.resolver(configured, providers,
                            externalSignIn.getObject()))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
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
    SecurityFilterChain pages(HttpSecurity http, ProblemAuthenticationHandlers problems, ThrottledSignIn signIn,
                              ObjectProvider<ClientRegistrationRepository> registrations,
                              ObjectProvider<ExternalSignIn> externalSignIn, SignInProviderSettings providers)
            throws Exception {
        checkAccounts(http, externalSignIn, signedOut());
        Iterable<ClientRegistration> configured = configured(registrations);
        LogoutSuccessHandler loggedOut = loggedOut(configured == null ? null : registrations.getObject());
        var manager = signIn.passwords();
        if (configured != null) {
            ProviderSignIn providerSignIn = new ProviderSignIn(externalSignIn.getObject(), providers);
            manager = signIn.passwordsAnd(new OidcAuthorizationCodeAuthenticationProvider(
                    new RestClientAuthorizationCodeTokenResponseClient(), providerSignIn));
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(providerSignIn))
                    .defaultSuccessUrl("/", false)
                    .failureHandler(providerRefused()));
        }
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health/**", "/error").permitAll()
                        .requestMatchers(LoginController.NO_ACCESS_YET).authenticated()
                        .anyRequest().access(withAccess()))
                .authenticationManager(manager)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(problems))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessHandler(loggedOut))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY)))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                        request -> "true".equals(request.getHeader("HX-Request")))
                        .accessDeniedHandler(pendingGoesToNoAccessYet()))
                .build();
    }

    /** The registered providers, or null when none is configured (the embedded default). */
    private static Iterable<ClientRegistration> configured(ObjectProvider<ClientRegistrationRepository> registrations) {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        return repository instanceof Iterable<?> ? iterable(repository) : null;
    }

    @SuppressWarnings("unchecked")
    private static Iterable<ClientRegistration> iterable(ClientRegistrationRepository repository) {
        return (Iterable<ClientRegistration>) repository;
    }

    private static void checkAccounts(HttpSecurity http, ObjectProvider<ExternalSignIn> externalSignIn,
                                      AuthenticationEntryPoint refused) {
        ExternalSignIn signIn = externalSignIn.getIfAvailable();
        if (signIn != null) {
            http.addFilterBefore(new AccountCheck(signIn, refused), AuthorizationFilter.class);
        }
    }

    /** A deactivated account's page request: back to the login page, which says why (htmx: 401). */
    private static AuthenticationEntryPoint signedOut() {
        var entryPoints = new java.util.LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(request -> "true".equals(request.getHeader("HX-Request")),
                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login?deactivated"));
        return entryPoint;
    }

    /** Signed in, and not a pending single sign-on account (which has no access to anything yet). */
    private static AuthorizationManager<RequestAuthorizationContext> withAccess() {
        return (authentication, context) -> new AuthorizationDecision(hasAccess(authentication.get()));
    }

    private static boolean hasAccess(org.springframework.security.core.Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)
                && !(authentication.getPrincipal() instanceof SignedInThroughProvider person && person.pending());
    }

    private static AccessDeniedHandler pendingGoesToNoAccessYet() {
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInThroughProvider person
                    && person.pending()) {
                if ("true".equals(request.getHeader("HX-Request"))) {
                    response.sendError(HttpStatus.FORBIDDEN.value());
                } else {
                    response.sendRedirect(request.getContextPath() + LoginController.NO_ACCESS_YET);
                }
                return;
            }
            forbidden.handle(request, response, denied);
        };
    }

    /** A deactivated account is told so; any other refusal by the provider is a general sign-in error. */
    private static AuthenticationFailureHandler providerRefused() {
        return (request, response, e) -> {
            String code = e instanceof OAuth2AuthenticationException refused ? refused.getError().getErrorCode()
                    : e.getClass().getSimpleName();
            boolean deactivated = ProviderSignIn.DEACTIVATED.equals(code);
            // the error code only: the description may quote the provider's claims
            log.info("Single sign-on refused: {}", code);
            response.sendRedirect(request.getContextPath() + (deactivated ? "/login?deactivated" : "/login?ssoError"));
        };
    }

    /** Ends the Samvirke session and, for a provider's session, the provider's too where it can (RP-initiated). */
    private static LogoutSuccessHandler loggedOut(ClientRegistrationRepository registrations) {
        if (registrations == null) {
            SimpleUrlLogoutSuccessHandler local = new SimpleUrlLogoutSuccessHandler();
            local.setDefaultTargetUrl("/login?logout");
            return local;
        }
        OidcClientInitiatedLogoutSuccessHandler provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        provider.setDefaultTargetUrl("/login?logout");
        return provider;
    }
}
