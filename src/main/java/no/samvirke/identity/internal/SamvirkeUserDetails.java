package no.samvirke.identity.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.web.SamvirkePrincipal;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of a user; carries the {@link CurrentUser} as principal. The password hash
 * is erased once the user is signed in, so it never reaches the session stored in the database.
 */
final class SamvirkeUserDetails implements UserDetails, CredentialsContainer, SamvirkePrincipal {

    private final CurrentUser user;
    private final boolean enabled;
    private String password;

    SamvirkeUserDetails(CurrentUser user, String password, boolean enabled) {
        this.user = user;
        this.password = password;
        this.enabled = enabled;
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    /** The account as it is now; the password was erased at sign-in and stays so. */
    @Override
    public SamvirkePrincipal renewedWith(CurrentUser now) {
        return new SamvirkeUserDetails(now, null, enabled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SamvirkeUserDetails that && Objects.equals(user.username(), that.user.username());
    }

    @Override
    public int hashCode() {
        return Objects.hash(user.username());
    }
}
