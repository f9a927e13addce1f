package no.samvirke.identity.web;

import java.time.Clock;
import no.samvirke.identity.AccountDeactivated;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The authentication managers of the filter chains, each behind the {@link LoginThrottle}: the
 * form login and {@code /engine-rest} (HTTP Basic) check passwords with bcrypt; the API (HTTP
 * Basic) first asks {@link RecentlyVerifiedCredentials}. The throttle is asked before any of it,
 * so a locked username costs no bcrypt and is refused even with the right password (ADR 0022).
 * Each manager has no parent: a failure is not tried a second time elsewhere.
 */
@Component
class ThrottledSignIn {

    private final LoginThrottle throttle;
    private final UserDetailsService users;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final RecentlyVerifiedCredentials apiCredentials;

    ThrottledSignIn(LoginThrottle throttle, UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this.throttle = throttle;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.apiCredentials = new RecentlyVerifiedCredentials(new Counted(passwordCheck()), clock);
    }

    /** A deactivated account's remembered API credentials are forgotten: its next request is refused. */
    @EventListener
    void on(AccountDeactivated deactivated) {
        apiCredentials.forget(deactivated.username());
    }

    /** Form login and the engine's REST API: every sign-in is a bcrypt check, counted. */
    AuthenticationManager passwords() {
        return new ProviderManager(new Counted(passwordCheck()));
    }

    /** The JSON API: refused while throttled, then credentials verified in the last minute, then a counted check. */
    AuthenticationManager api() {
        return new ProviderManager(new RefusedWhileThrottled(apiCredentials));
    }

    private AuthenticationProvider passwordCheck() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return passwords;
    }

    private static String clientAddress(Authentication presented) {
        return presented.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    /** Takes a token of the username and the address for the check, and gives them back on success. */
    private final class Counted implements AuthenticationProvider {
        private final AuthenticationProvider check;

        Counted(AuthenticationProvider check) {
            this.check = check;
        }

        @Override
        public Authentication authenticate(Authentication presented) throws AuthenticationException {
            LoginThrottle.Attempt attempt = throttle.begin(presented.getName(), clientAddress(presented));
            Authentication result;
            try {
                result = check.authenticate(presented);
            } catch (InternalAuthenticationServiceException e) {
                attempt.abandoned();
                throw e;
            } catch (AuthenticationException e) {
                attempt.failed();
                throw e;
            } catch (RuntimeException | Error e) {
                attempt.abandoned();
                throw e;
            }
            attempt.succeeded();
            return result;
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** Refuses a throttled username or address before anything else is asked. */
    private final class RefusedWhileThrottled implements AuthenticationProvider {
        private final AuthenticationProvider next;

        RefusedWhileThrottled(AuthenticationProvider next) {
            this.next = next;
        }

        @Override
        public Authentication authenticate(Authentication presented) throws AuthenticationException {
            throttle.refuseWhileThrottled(presented.getName(), clientAddress(presented));
            return next.authenticate(presented);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return next.supports(authentication);
        }
    }
}
