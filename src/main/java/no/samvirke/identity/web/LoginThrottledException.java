package no.samvirke.identity.web;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A sign-in refused before its password was looked at: too many failures for the username or
 * from the client address. An {@link AccountStatusException}, so that Spring Security's provider
 * manager stops at it and asks no other provider.
 */
class LoginThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a sign-in is taken again (at least 1), for {@code Retry-After}. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Whole minutes, rounded up (at least 1), for the message. */
    long retryAfterMinutes() {
        return Math.max(1, (retryAfterSeconds() + 59) / 60);
    }
}
