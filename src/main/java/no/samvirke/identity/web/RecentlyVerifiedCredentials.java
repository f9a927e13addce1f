package no.samvirke.identity.web;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The API is stateless (HTTP Basic on every request) and the password hash is deliberately slow
 * (bcrypt, ~100 ms of CPU): checked on every request it was most of an inbox request's time
 * (docs/performance.md). A username and password verified in the last {@link #VALID_FOR} are
 * therefore not hashed again. Only correct passwords are remembered, as a SHA-256 of username
 * and password, never the password itself; a disabled user or changed role reaches the API
 * within that minute (ADR 0014).
 *
 * <p>When the same username and password arrive on several requests at once and are not (or no
 * longer) remembered, one request hashes and the others wait for its answer: at every expiry,
 * sixteen clients of one user otherwise hashed sixteen times at once (the benchmark's JFR profile).
 *
 * <p>Both are one Caffeine {@link AsyncCache} of answers (bounded, expiring on the application's
 * clock): the first request for a key puts its unfinished answer in and hashes; the others get that
 * answer and wait for it. A failed check completes the answer with its exception, which every
 * waiting request rethrows, and Caffeine then drops it, so a wrong password is never remembered.
 */
class RecentlyVerifiedCredentials implements AuthenticationProvider {

    static final Duration VALID_FOR = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider passwords;
    private final AsyncCache<String, Authentication> answers;

    RecentlyVerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this(bcrypt(users, encoder), clock);
    }

    /** With the check that runs when the credentials are not remembered (the application's is throttled). */
    RecentlyVerifiedCredentials(AuthenticationProvider passwords, Clock clock) {
        this.passwords = passwords;
        this.answers = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(VALID_FOR)
                .ticker(() -> nanos(clock.instant())).buildAsync();
    }

    private static AuthenticationProvider bcrypt(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return dao;
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        String key = key(presented.getName(), String.valueOf(presented.getCredentials()));
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> answer = answers.get(key, (k, executor) -> mine);
        if (answer != mine) {
            return answerOf(answer);
        }
        try {
            Authentication authenticated = passwords.authenticate(presented);
            mine.complete(authenticated);
            return authenticated;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** The answer another request is computing for the same credentials: its result or its exception. */
    private static Authentication answerOf(CompletableFuture<Authentication> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * Forgets every answer remembered for that username (a deactivated account: ADR 0029), so that
     * its next request is checked against the account again.
     */
    void forget(String username) {
        String prefix = username + '\0';
        answers.synchronous().asMap().keySet().removeIf(k -> k.startsWith(prefix));
    }

    /** The username in clear (to forget it), then a hash of username and password. */
    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return username + '\0'
                    + HexFormat.of().formatHex(sha.digest((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
