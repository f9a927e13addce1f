package no.samvirke.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import no.samvirke.identity.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * For tests: a request signed in as a user who has no password (a single sign-on account), with the
 * principal that identity's {@code Users.current()} reads.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(CurrentUser user) {
        SamvirkeUserDetails details = new SamvirkeUserDetails(user, "{noop}not-used", true);
        return authentication(new UsernamePasswordAuthenticationToken(details, null, details.getAuthorities()));
    }
}
