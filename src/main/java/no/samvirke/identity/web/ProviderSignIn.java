package no.samvirke.identity.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import no.samvirke.identity.ExternalIdentity;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.SignInOutcome;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The browser sign-in through a provider: the provider's claims, mapped by {@link SignInProviderSettings},
 * become an {@link ExternalIdentity}, and {@link ExternalSignIn} says who that is in Samvirke. A
 * deactivated account is refused ({@link #DEACTIVATED}); a first sign-in is pending.
 */
class ProviderSignIn extends OidcUserService {

    static final String DEACTIVATED = "samvirke_account_deactivated";
    static final String NO_ID = "samvirke_no_id_claim";

    private final ExternalSignIn signIn;
    private final SignInProviderSettings settings;

    ProviderSignIn(ExternalSignIn signIn, SignInProviderSettings settings) {
        this.signIn = signIn;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = super.loadUser(request);
        String provider = request.getClientRegistration().getRegistrationId();
        ExternalIdentity identity = identity(provider, settings.of(provider), oidc);
        SignInOutcome outcome = signIn.signIn(identity);
        if (outcome instanceof SignInOutcome.Active active) {
            return SignedInThroughProvider.active(oidc, provider, active.user());
        }
        if (outcome instanceof SignInOutcome.Pending pending) {
            return SignedInThroughProvider.pending(oidc, provider, pending.username());
        }
        throw new OAuth2AuthenticationException(new OAuth2Error(DEACTIVATED));
    }

    static ExternalIdentity identity(String provider, SignInProviderSettings.Claims claims, OidcUser oidc) {
        Object id = oidc.getClaims().get(claims.idClaim());
        if (id == null || id.toString().isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ID));
        }
        return new ExternalIdentity(provider, id.toString(), text(oidc.getClaims().get(claims.nameClaim())),
                text(oidc.getClaims().get(claims.emailClaim())), groups(oidc.getClaims().get(claims.groupsClaim())));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Set<String> groups(Object value) {
        Set<String> groups = new LinkedHashSet<>();
        if (value instanceof Collection<?> many) {
            many.stream().filter(g -> g != null).forEach(g -> groups.add(g.toString()));
        } else if (value != null) {
            groups.add(value.toString());
        }
        return groups;
    }
}
