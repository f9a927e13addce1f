package no.samvirke.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
 */
class RecentlyVerifiedCredentials implements AuthenticationProvider {

    static final Duration VALID_FOR = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Verified(Authentication authentication, Instant until) {
    }

    private final AuthenticationProvider passwords;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> inFlight = new ConcurrentHashMap<>();

    RecentlyVerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, Clock clock) {
        this(bcrypt(users, encoder), clock);
    }

    /** With the check that runs when the credentials are not remembered (the application's is throttled). */
    RecentlyVerifiedCredentials(AuthenticationProvider passwords, Clock clock) {
        this.passwords = passwords;
        this.clock = clock;
    }

    private static AuthenticationProvider bcrypt(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return dao;
    }

    @Override
    public Authentication authenticate(Authentication presented) throws AuthenticationException {
        String key = key(presented.getName(), String.valueOf(presented.getCredentials()));
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        CompletableFuture<Authentication> mine = new CompletableFuture<>();
        CompletableFuture<Authentication> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return answerOf(running);
        }
        try {
            Authentication authenticated = passwords.authenticate(presented);
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(authenticated, now.plus(VALID_FOR)));
            mine.complete(authenticated);
            return authenticated;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
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

    private static String key(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((username + '\0' + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
