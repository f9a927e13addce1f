package no.samvirke.identity.web;

import no.samvirke.security.MovableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 11, path 12: password guessing is throttled per username and per client address, on the
 * login form, HTTP Basic on the API and HTTP Basic on {@code /engine-rest} (ADR 0022). Each test
 * uses its own demo users and its own client addresses (documentation ranges), so that the
 * throttle's memory of one test does not reach another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1")
@AutoConfigureMockMvc
@Import(MovableClock.Config.class)
class LoginThrottleTest {

    private static final String LOCKED_NB = "For mange mislykkede innlogginger. Prøv igjen om 15 minutter.";

    @Autowired MockMvc mvc;
    @Autowired MovableClock clock;

    @Test
    void theSixthFormLoginOfAUsernameIsRefusedEvenWithTheRightPasswordAndOtherUsersAreNotLocked() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(form("skole", "feil-" + i, "192.0.2.11").getRedirectedUrl()).isEqualTo("/login?error");
        }
        MockHttpServletResponse refused = form("skole", "demo", "192.0.2.11");
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?throttled=15");
        assertThat(form("skole", "demo", "192.0.2.12").getRedirectedUrl())
                .as("the username is locked, whatever address it comes from").isEqualTo("/login?throttled=15");

        String page = mvc.perform(get("/login").param("throttled", "15")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"login-throttled\" class=\"alert alert-error\" role=\"alert\"")
                .contains(LOCKED_NB).contains("aria-describedby=\"login-throttled\"");
        String english = mvc.perform(get("/login").param("throttled", "1").header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Too many failed sign-in attempts. Try again in 1 minute.");

        assertThat(form("kjerne", "demo", "192.0.2.11").getRedirectedUrl())
                .as("another user from the same address signs in").isEqualTo("/");
    }

    @Test
    void httpBasicOnTheApiAnswers429WithRetryAfterAndAnUnknownUsernameIsTreatedTheSame() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(api("helse", "feil-" + i, "192.0.2.21").getStatus()).isEqualTo(401);
            assertThat(api("ingen-slik-bruker", "feil-" + i, "192.0.2.22").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse known = api("helse", "demo", "192.0.2.21");
        MockHttpServletResponse unknown = api("ingen-slik-bruker", "demo", "192.0.2.22");
        for (MockHttpServletResponse refused : new MockHttpServletResponse[] {known, unknown}) {
            assertThat(refused.getStatus()).isEqualTo(429);
            assertThat(refused.getContentType()).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(840L, 900L);
            assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains(LOCKED_NB)
                    .doesNotContain("demo").doesNotContain("helse");
        }
        assertThat(known.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(unknown.getContentAsString(StandardCharsets.UTF_8));
        assertThat(api("kjerne", "demo", "192.0.2.21").getStatus()).isEqualTo(200);
    }

    @Test
    void theEngineChainsAreThrottledTooAndCamundasOwnLoginChecksNoPassword() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(basic("/engine-rest/engine", "politi", "feil-" + i, "192.0.2.31").getStatus()).isEqualTo(401);
        }
        MockHttpServletResponse refused = basic("/engine-rest/engine", "politi", "demo", "192.0.2.31");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        // Cockpit signs in through our login form (above); Camunda's own login is never reached.
        MockHttpServletResponse camundaLogin = mvc.perform(post("/camunda/api/admin/auth/user/default/login/cockpit")
                .param("username", "admin").param("password", "demo").with(from("192.0.2.32"))).andReturn().getResponse();
        assertThat(camundaLogin.getStatus()).isIn(302, 401, 403);
        assertThat(camundaLogin.getContentAsString()).doesNotContain("\"userId\"");
    }

    @Test
    void oneAddressGetsTwentyFailuresAcrossAllUsernamesThenNothingWhileOthersSignIn() throws Exception {
        for (int i = 1; i <= 20; i++) {
            assertThat(form("gjest-" + i, "feil", "192.0.2.41").getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(form("slt", "demo", "192.0.2.41").getRedirectedUrl()).startsWith("/login?throttled=");
        assertThat(api("slt", "demo", "192.0.2.41").getStatus()).isEqualTo(429);
        assertThat(form("slt", "demo", "192.0.2.42").getRedirectedUrl())
                .as("the same user from another address").isEqualTo("/");
    }

    @Test
    void afterTheLockTheRightPasswordWorksAgainAndASuccessResetsTheCount() throws Exception {
        for (int i = 1; i <= 5; i++) {
            form("pst", "feil-" + i, "192.0.2.51");
        }
        assertThat(form("pst", "demo", "192.0.2.51").getRedirectedUrl()).isEqualTo("/login?throttled=15");
        clock.advance(Duration.ofMinutes(14));
        assertThat(form("pst", "demo", "192.0.2.51").getRedirectedUrl()).isEqualTo("/login?throttled=1");
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(form("pst", "demo", "192.0.2.51").getRedirectedUrl()).isEqualTo("/");

        for (int round = 0; round < 3; round++) {
            for (int i = 1; i <= 4; i++) {
                assertThat(form("asker-skole", "feil-" + i, "192.0.2.52").getRedirectedUrl()).isEqualTo("/login?error");
            }
            assertThat(form("asker-skole", "demo", "192.0.2.52").getRedirectedUrl()).isEqualTo("/");
        }
    }

    private MockHttpServletResponse form(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn().getResponse();
    }

    private MockHttpServletResponse api(String username, String password, String address) throws Exception {
        return basic("/api/v1/tasks", username, password, address);
    }

    private MockHttpServletResponse basic(String path, String username, String password, String address)
            throws Exception {
        return mvc.perform(get(path).with(httpBasic(username, password)).with(from(address))).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
