package no.samvirke.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;
import no.samvirke.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A deactivation takes effect on the person's next request: their sessions and remembered API credentials go. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeactivationTest {

    @LocalServerPort int port;
    @Autowired Directory directory;
    @Autowired Users users;
    @Autowired UserAccountRepository accounts;
    @Autowired MembershipRepository memberships;
    @Autowired PasswordEncoder encoder;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theNextRequestOfADeactivatedPersonIsRefused() throws Exception {
        String username = "deakt-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(UserAccount.local(username, encoder.encode("pw-" + username), "Dag Deaktiveres", null,
                new Employment(ServiceUnit.SCHOOL, "3201", null), false, Instant.now()));
        memberships.save(new MembershipEntity(username, MembershipKind.FRONTLINE, "3201", LocalDate.of(2015, 1, 1),
                null, false, "test", Instant.now()));

        Browser browser = new Browser();
        HttpResponse<String> login = browser.login(username, "pw-" + username);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(api(username).statusCode()).isEqualTo(200);
        assertThat(api(username).statusCode()).as("remembered for a minute").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                username)).isEqualTo(1);

        directory.deactivate(username, users.find("admin").orElseThrow());

        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                username)).isZero();
        HttpResponse<String> page = browser.get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(api(username).statusCode()).as("the remembered credentials are forgotten").isEqualTo(401);
        assertThat(new Browser().login(username, "pw-" + username).headers().firstValue("Location").orElseThrow())
                .contains("error");
    }

    @Test
    void aFormSessionFollowsItsMembershipsFromTheNextRequest() throws Exception {
        String username = "medlem-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.save(UserAccount.local(username, encoder.encode("pw-" + username), "Mona Medlem", null,
                new Employment(ServiceUnit.SCHOOL, "3201", null), false, Instant.now()));
        Browser browser = new Browser();
        assertThat(browser.login(username, "pw-" + username).headers().firstValue("Location").orElseThrow())
                .doesNotContain("error");
        assertThat(browser.get("/bekymringer/ny").statusCode()).as("no membership yet").isEqualTo(403);

        directory.grant(username, new no.samvirke.identity.MembershipGrant(MembershipKind.FRONTLINE, "3201",
                LocalDate.now().minusDays(1), null), users.find("admin").orElseThrow());

        // the same session, no new sign-in: the granted membership counts from the next request on
        assertThat(browser.get("/bekymringer/ny").statusCode()).isEqualTo(200);
        assertThat(browser.get("/bekymringer/ny").statusCode()).as("and the session keeps it").isEqualTo(200);
    }

    private HttpResponse<String> api(String username) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":pw-" + username)
                .getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/tasks"))
                .header("Authorization", "Basic " + basic).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(get("/login").body());
            assertThat(csrf.find()).isTrue();
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private String enc(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
