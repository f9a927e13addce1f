package no.samvirke.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

class RecentlyVerifiedCredentialsTest {

    private final AtomicInteger hashChecks = new AtomicInteger();
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashChecks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-11-27T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RecentlyVerifiedCredentials credentials = new RecentlyVerifiedCredentials(
            new InMemoryUserDetailsManager(User.withUsername("kjerne").password(real.encode("demo")).roles("X").build()),
            counting, clock);

    @Test
    void aCorrectPasswordIsHashedOnceAMinuteNotOnEveryRequest() {
        assertThat(credentials.authenticate(token("kjerne", "demo")).isAuthenticated()).isTrue();
        assertThat(credentials.authenticate(token("kjerne", "demo")).getName()).isEqualTo("kjerne");
        assertThat(hashChecks).hasValue(1);

        now = now.plus(RecentlyVerifiedCredentials.VALID_FOR).plus(Duration.ofSeconds(1));
        credentials.authenticate(token("kjerne", "demo"));
        assertThat(hashChecks).hasValue(2);
    }

    @Test
    void aForgottenUsernameIsCheckedAgainAndOthersStayRemembered() {
        RecentlyVerifiedCredentials two = new RecentlyVerifiedCredentials(new InMemoryUserDetailsManager(
                User.withUsername("kjerne").password(real.encode("demo")).roles("X").build(),
                User.withUsername("slt").password(real.encode("demo")).roles("X").build()), counting, clock);
        two.authenticate(token("kjerne", "demo"));
        two.authenticate(token("slt", "demo"));
        assertThat(hashChecks).hasValue(2);

        two.forget("kjerne");
        two.authenticate(token("kjerne", "demo"));
        two.authenticate(token("slt", "demo"));
        assertThat(hashChecks).as("only kjerne was hashed again").hasValue(3);
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndAlwaysChecked() {
        credentials.authenticate(token("kjerne", "demo"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> credentials.authenticate(token("kjerne", "demo2")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> credentials.authenticate(token("nobody", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(hashChecks.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void manyRequestsOfOneUserAtOnceHashThePasswordOnce() throws Exception {
        int requests = 16;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return credentials.authenticate(token("kjerne", "demo")).getName();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("kjerne");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(hashChecks).hasValue(1);
    }

    @Test
    void requestsWaitingForAWrongPasswordAreAllRefused() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> credentials.authenticate(token("kjerne", "wrong"))));
            }
            for (Future<?> answer : answers) {
                assertThatThrownBy(answer::get).hasCauseInstanceOf(BadCredentialsException.class);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }
}
