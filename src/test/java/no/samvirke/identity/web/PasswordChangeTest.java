package no.samvirke.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** /passord over real HTTP, as a person with a local account (and an attacker) meets it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PasswordChangeTest {

    private static final String OLD = "gammelt-passord-for-test";
    private static final String NEW = "fjordhest kaffe 1987";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MockMvc mvc;

    @Test
    void wrongCurrentPasswordIsRefusedInBokmaalAndCountsLikeAFailedSignIn() throws Exception {
        String user = localAccount(false);
        Browser browser = new Browser();
        browser.login(user, OLD);
        HttpResponse<String> wrong = browser.change("feil-passord", NEW, NEW);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("Nåværende passord er feil.");
        for (int i = 0; i < 4; i++) {
            browser.change("feil-passord", NEW, NEW);
        }
        assertThat(browser.change(OLD, NEW, NEW).body()).contains("For mange feil passord");
        assertThat(hash(user)).as("the right password is refused too while locked").matches(h -> encoder.matches(OLD, h));
        HttpResponse<String> signIn = new Browser().login(user, OLD);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).contains("throttled");
    }

    @Test
    void aWeakNewPasswordIsRefusedWithItsReasonAndNothingIsStored() throws Exception {
        String user = localAccount(false);
        Browser browser = new Browser();
        browser.login(user, OLD);
        // nothing typed as the current password is asked for, and is no guess: five of them lock nothing
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> empty = browser.change("", NEW, NEW);
            assertThat(empty.statusCode()).isEqualTo(400);
            assertThat(empty.body()).contains("Skriv passordet du har nå.");
        }
        assertThat(browser.change(OLD, "password1234", "password1234").body())
                .contains("blant de mest brukte passordene");
        assertThat(browser.change(OLD, "kort-11-tgn", "kort-11-tgn").body()).contains("Det må ha minst 12 tegn.");
        assertThat(browser.change(OLD, "mitt " + user + " pass", "mitt " + user + " pass").body())
                .contains("ikke inneholde brukernavnet eller navnet ditt");
        assertThat(browser.change(OLD, NEW, NEW + "x").body()).contains("Passordene er ikke like.");
        assertThat(encoder.matches(OLD, hash(user))).isTrue();
        assertThat(new Browser().login(user, OLD).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    @Test
    void afterAChangeOnlyTheNewPasswordWorksAndOtherSessionsAreEnded() throws Exception {
        String user = localAccount(false);
        assertThat(basic("/api/v1/tasks", user, OLD).statusCode()).isEqualTo(200);
        Browser here = new Browser();
        Browser elsewhere = new Browser();
        here.login(user, OLD);
        elsewhere.login(user, OLD);
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = here.change(OLD, NEW, NEW, "&username=skole");
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/passord?endret");
        assertThat(here.get("/passord?endret").body()).contains("Passordet er byttet.");
        assertThat(here.get("/").statusCode()).as("this session stays").isEqualTo(200);
        HttpResponse<String> other = elsewhere.get("/");
        assertThat(other.statusCode()).as("the other session is ended").isEqualTo(302);
        assertThat(other.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        assertThat(new Browser().login(user, OLD).headers().firstValue("Location").orElseThrow()).contains("error");
        assertThat(new Browser().login(user, NEW).headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(basic("/api/v1/tasks", user, OLD).statusCode()).as("the API forgot the old password").isEqualTo(401);
        assertThat(basic("/api/v1/tasks", user, NEW).statusCode()).isEqualTo(200);
        assertThat(encoder.matches("demo", hash("skole"))).as("a username in the form changes nobody else").isTrue();
    }

    @Test
    void aRequiredChangeSendsEveryPageToThePasswordPageAndTheApiAnswers403UntilDone() throws Exception {
        String user = localAccount(true);
        Browser browser = new Browser();
        browser.login(user, OLD);
        for (String page : new String[] {"/", "/tiltak", "/bekymringer/ny"}) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/passord");
        }
        assertThat(browser.get("/passord").body()).contains("Du må velge et nytt passord");
        HttpResponse<String> api = basic("/api/v1/tasks", user, OLD);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("Passordbytte kreves").contains("bytte passord");

        browser.change(OLD, NEW, NEW);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(basic("/api/v1/tasks", user, NEW).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select password_change_required from app_user where username = ?",
                Boolean.class, user)).isFalse();
    }

    @Test
    void theHeaderLinksToThePasswordPageForLocalAccounts() throws Exception {
        Browser browser = new Browser();
        browser.login(localAccount(false), OLD);
        assertThat(browser.get("/").body()).contains("href=\"/passord\"").contains("Bytt passord");
    }

    @Test
    void aSingleSignOnAccountIsToldItsPasswordIsWithItsProvider() throws Exception {
        String user = "h4-sso-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (username, password_hash, display_name, agency, service_unit, municipality_code, status,"
                + " provider, external_id) values (?, null, 'Sigrid Sso', 'MUNICIPALITY', 'SCHOOL', '3201', 'ACTIVE', 'test', ?)",
                user, user);
        String page = mvc.perform(get("/passord").with(oidcLogin().idToken(t -> t.subject(user))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Passordet ditt byttes der, ikke i Samvirke.").doesNotContain("name=\"current\"");
        mvc.perform(post("/passord").with(csrf()).with(oidcLogin().idToken(t -> t.subject(user)))
                .param("current", "").param("password", NEW).param("repeated", NEW));
        assertThat(hash(user)).isNull();
    }

    @Test
    void theFormIsForSignedInPeopleOnly() throws Exception {
        HttpResponse<String> anonymous = new Browser().get("/passord");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private String localAccount(boolean mustChange) {
        String user = "h4-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into app_user (username, password_hash, display_name, agency, service_unit, municipality_code,"
                + " status, password_change_required) values (?, ?, 'Lise Lokal', 'MUNICIPALITY', 'SCHOOL', '3201', 'ACTIVE', ?)",
                user, encoder.encode(OLD), mustChange);
        jdbc.update("insert into membership (id, username, kind, scope_code, valid_from, valid_to, proposed, granted_by, granted_at)"
                + " values (?, ?, 'FRONTLINE', '3201', date '2020-01-01', null, false, 'test', current_timestamp)",
                UUID.randomUUID(), user);
        return user;
    }

    private String hash(String user) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, user);
    }

    private HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token)
                .header("Accept", "application/json").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A cookie-keeping client that signs in through the login form, as a browser would. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
            return post("/login", get("/login").body(), "username=" + enc(user) + "&password=" + enc(password));
        }

        HttpResponse<String> change(String current, String password, String repeated, String... extra)
                throws IOException, InterruptedException {
            return post("/passord", get("/passord").body(), "current=" + enc(current) + "&password=" + enc(password)
                    + "&repeated=" + enc(repeated) + String.join("", extra));
        }

        private HttpResponse<String> post(String path, String formPage, String form) throws IOException, InterruptedException {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(formPage);
            String token = csrf.find() ? csrf.group(1) : "";
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(token))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
