package no.samvirke.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.ExternalSignIn;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * Bearer tokens on {@code /api}: JWTs from the configured single sign-on providers only, each checked
 * against its own issuer's keys, with its issuer, expiry and audience validated. The token's id claim
 * (the provider's {@code id-claim}) must name an active Samvirke account ({@link ExternalSignIn#findActive});
 * anything else is 401. The keys are fetched when the first token of that issuer arrives.
 */
final class BearerTokens {

    private BearerTokens() {
    }

    static AuthenticationManagerResolver<HttpServletRequest> resolver(Iterable<ClientRegistration> registrations,
            SignInProviderSettings settings, ExternalSignIn signIn) {
        Map<String, Issuer> issuers = new HashMap<>();
        for (ClientRegistration registration : registrations) {
            String issuer = registration.getProviderDetails().getIssuerUri();
            if (issuer != null) {
                SignInProviderSettings.Claims claims = settings.of(registration.getRegistrationId());
                String audience = claims.audience() != null ? claims.audience() : registration.getClientId();
                issuers.put(issuer, new Issuer(registration.getRegistrationId(), issuer,
                        registration.getProviderDetails().getJwkSetUri(), claims, audience));
            }
        }
        Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();
        return new JwtIssuerAuthenticationManagerResolver(issuer -> {
            Issuer known = issuers.get(issuer);
            return known == null ? null : managers.computeIfAbsent(issuer, i -> known.manager(signIn));
        });
    }

    private record Issuer(String provider, String issuer, String jwkSetUri, SignInProviderSettings.Claims claims,
                          String audience) {

        AuthenticationManager manager(ExternalSignIn signIn) {
            NimbusJwtDecoder decoder = jwkSetUri != null ? NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build()
                    : NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtValidators.createDefaultWithIssuer(issuer), audienceValidator()));
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(jwt -> {
                Object id = jwt.getClaims().get(claims.idClaim());
                CurrentUser user = id == null ? null : signIn.findActive(this.provider, id.toString()).orElse(null);
                if (user == null) {
                    throw new InvalidBearerTokenException("No active account for this token");
                }
                return new SignedInWithToken(user);
            });
            return new ProviderManager(provider);
        }

        private OAuth2TokenValidator<Jwt> audienceValidator() {
            return jwt -> {
                List<String> audiences = jwt.getAudience();
                return audiences != null && audiences.contains(audience) ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Wrong audience", null));
            };
        }
    }

    /** The API caller named by a bearer token: the account's roles as authorities; no session. */
    static final class SignedInWithToken extends AbstractAuthenticationToken {

        private final Caller caller;

        SignedInWithToken(CurrentUser user) {
            super(user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
            this.caller = new Caller(user);
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return caller;
        }

        @Override
        public String getName() {
            return caller.user().username();
        }
    }

    /** The principal of a bearer token's request. */
    record Caller(CurrentUser user) implements SamvirkePrincipal, java.io.Serializable {
    }
}
