package no.samvirke.identity.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.LocalDate;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import static org.assertj.core.api.Assertions.assertThat;

import no.samvirke.identity.Account;
import no.samvirke.identity.CurrentUser;
import no.samvirke.identity.Directory;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipGrant;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ExternalIdentity;
import no.samvirke.identity.ExternalSignIn;
import no.samvirke.identity.SignInOutcome;
import no.samvirke.identity.Users;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running Samvirke with two single sign-on providers on one real OIDC server in the JVM
 * (NAV's mock-oauth2-server): "entra" (a municipality's Entra ID, id = subject) and "politiet"
 * (the police, id = the employee id claim {@code ansattnummer}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SingleSignOnServer {

    static final String ENTRA_CLIENT = "samvirke-entra";
    static final String POLICE_CLIENT = "samvirke-politiet";
    static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void providers(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.entra.client-id", () -> ENTRA_CLIENT);
        registry.add(prefix + "registration.entra.client-secret", () -> "entra-secret");
        registry.add(prefix + "registration.entra.client-name", () -> "Bærum kommune (Entra ID)");
        registry.add(prefix + "registration.entra.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.entra.issuer-uri", () -> OIDC.issuerUrl("entra").toString());
        registry.add(prefix + "registration.politiet.client-id", () -> POLICE_CLIENT);
        registry.add(prefix + "registration.politiet.client-secret", () -> "politiet-secret");
        registry.add(prefix + "registration.politiet.client-name", () -> "Politiet");
        registry.add(prefix + "registration.politiet.scope", () -> "openid,profile");
        registry.add(prefix + "provider.politiet.issuer-uri", () -> OIDC.issuerUrl("politiet").toString());
        registry.add("samvirke.identity.providers.politiet.id-claim", () -> "ansattnummer");
        registry.add("samvirke.identity.providers.politiet.name-claim", () -> "navn");
    }

    /** A bearer token of that provider (issuer id) for that audience, valid for {@code seconds} (negative: expired). */
    static String token(String issuer, String subject, String audience, Map<String, Object> claims, long seconds) {
        return OIDC.issueToken(issuer, subject, audience, claims, seconds).serialize();
    }

    /** The next sign-in at that provider is this person (the mock server's automatic log-in). */
    static void nextSignIn(String issuer, String client, String subject, Map<String, Object> claims) {
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(client), claims, 3600));
    }

    URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
    }

    HttpResponse<String> api(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser without JavaScript: its own cookies, redirects followed by hand (and counted). */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Follows redirects (to the provider and back) until a page answers; returns that page. */
        HttpResponse<String> follow(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = get(path);
            for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
                String location = response.headers().firstValue("Location").orElseThrow();
                response = get(response.uri().resolve(location).toString());
            }
            return response;
        }

        /** Presses "Logg inn med …" for that provider and follows the whole redirect dance. */
        HttpResponse<String> signInWith(String registrationId) throws IOException, InterruptedException {
            return follow("/oauth2/authorization/" + registrationId);
        }
    }

    /**
     * Accounts as administrators make them, through the real {@link ExternalSignIn} and {@link Directory}:
     * a first sign-in creates a pending account, the administrator approves it and grants memberships.
     * Each test uses its own external ids, so no demo user is changed.
     */
    @Autowired
    ExternalSignIn externalSignIn;
    @Autowired
    Directory directory;
    @Autowired
    Users users;
    @Autowired
    JdbcTemplate jdbc;

    CurrentUser administrator() {
        return users.find("admin").orElseThrow();
    }

    /** A pending account for that identity, as its first sign-in leaves it; returns its username. */
    String pending(String provider, String externalId, String displayName) {
        SignInOutcome outcome = externalSignIn.signIn(new ExternalIdentity(provider, externalId, displayName,
                null, Set.of()));
        assertThat(outcome).isInstanceOf(SignInOutcome.Pending.class);
        return ((SignInOutcome.Pending) outcome).username();
    }

    /** An approved account with those memberships, in force from yesterday. */
    String active(String provider, String externalId, Employment employment, MembershipGrant... grants) {
        String username = pending(provider, externalId, "Ansatt " + externalId);
        approve(username, employment, grants);
        return username;
    }

    void approve(String username, Employment employment, MembershipGrant... grants) {
        directory.approve(username, employment, administrator());
        for (MembershipGrant grant : grants) {
            directory.grant(username, grant, administrator());
        }
    }

    static MembershipGrant member(MembershipKind kind, String scope) {
        return new MembershipGrant(kind, scope, LocalDate.now().minusDays(1), null);
    }

    /** The account a provider identity is linked to, as stored. */
    Optional<Account> accountOf(String provider, String externalId) {
        return jdbc.queryForList("select username from app_user where provider = ? and external_id = ?", String.class,
                provider, externalId).stream().findFirst().flatMap(directory::account);
    }
}
