package no.samvirke.identity.web;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.samvirke.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through a single sign-on provider: named by their Samvirke username (so Camunda's
 * single sign-on, the audit and the per-request check see the same name as for a local account), with
 * the roles of their memberships as authorities. Pending: no user and no authorities at all.
 * Serializable (the session is kept in the database).
 */
final class SignedInThroughProvider extends DefaultOidcUser implements SamvirkePrincipal {

    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String username;
    private final CurrentUser user;

    private SignedInThroughProvider(OidcUser oidc, String provider, String username, CurrentUser user) {
        super(authorities(user), oidc.getIdToken(), oidc.getUserInfo());
        this.provider = provider;
        this.username = username;
        this.user = user;
    }

    static SignedInThroughProvider active(OidcUser oidc, String provider, CurrentUser user) {
        return new SignedInThroughProvider(oidc, provider, user.username(), user);
    }

    static SignedInThroughProvider pending(OidcUser oidc, String provider, String username) {
        return new SignedInThroughProvider(oidc, provider, username, null);
    }

    /** The same sign-in, now with the account as it is today (approved, or memberships changed). */
    SignedInThroughProvider with(CurrentUser now) {
        return new SignedInThroughProvider(this, provider, now.username(), now);
    }

    private static List<GrantedAuthority> authorities(CurrentUser user) {
        return user == null ? List.of()
                : user.roles().stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    boolean pending() {
        return user == null;
    }

    String provider() {
        return provider;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities(user);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInThroughProvider that && Objects.equals(username, that.username)
                && Objects.equals(provider, that.provider);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, username);
    }
}
