package no.samvirke.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The four filter chains as a user (or an attacker) meets them over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityChainsTest {

    @LocalServerPort
    int port;

    @Test
    void failedLoginDoesNotRevealWhichPartWasWrong() throws Exception {
        Browser unknownUser = new Browser();
        Browser wrongPassword = new Browser();
        HttpResponse<String> a = unknownUser.login("nobody-here", "demo");
        HttpResponse<String> b = wrongPassword.login("skole", "wrong");
        assertThat(a.headers().firstValue("Location")).hasValue(b.headers().firstValue("Location").orElseThrow());
        String pageA = unknownUser.get("/login?error").body();
        String pageB = wrongPassword.get("/login?error").body();
        assertThat(pageA).contains("Innloggingen mislyktes");
        assertThat(stripTokens(pageA)).isEqualTo(stripTokens(pageB));
    }

    @Test
    void camundaWebappsAreForAdministratorsOnlyWithSingleSignOn() throws Exception {
        Browser admin = new Browser();
        admin.login("admin", "demo");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> adminAuth = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(adminAuth.statusCode()).isEqualTo(200);
        assertThat(adminAuth.body()).contains("\"userId\":\"admin\"").contains("cockpit");

        Browser kjerne = new Browser();
        kjerne.login("kjerne", "demo");
        assertThat(kjerne.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
        assertThat(kjerne.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = new Browser().get("/camunda/app/cockpit/default/");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void engineRestIsForAdministratorsOnly() throws Exception {
        assertThat(basic("/engine-rest/engine", "admin", "demo").statusCode()).isEqualTo(200);
        assertThat(basic("/engine-rest/engine", "politi", "demo").statusCode()).isEqualTo(403);
        assertThat(basic("/engine-rest/engine", "admin", "wrong").statusCode()).isEqualTo(401);
        assertThat(new Browser().get("/engine-rest/engine").statusCode()).isEqualTo(401);
    }

    @Test
    void apiAnswersUnauthenticatedCallsWithProblemJsonInBokmaal() throws Exception {
        HttpResponse<String> response = new Browser().get("/api/v1/tasks");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body()).contains("Ikke innlogget");
    }

    @Test
    void apiDocumentationIsForSignedInUsersAndHealthIsOpen() throws Exception {
        assertThat(new Browser().get("/actuator/health").body()).contains("UP");
        assertThat(new Browser().get("/v3/api-docs").statusCode()).isIn(302, 401);
        Browser skole = new Browser();
        skole.login("skole", "demo");
        HttpResponse<String> docs = skole.get("/v3/api-docs", "application/json");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
        assertThat(skole.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    private static String stripTokens(String html) {
        return html.replaceAll("(content|value)=\"[A-Za-z0-9_\\-]{20,}\"", "$1=\"\"");
    }

    private HttpResponse<String> basic(String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A cookie-keeping client that signs in through the login form, as a browser would. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return get(path, "*/*");
        }

        HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
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
