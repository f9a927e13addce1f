package no.samvirke.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The browser's single sign-on through a real OIDC server: two providers, claim mapping, pending, deactivation. */
class ProviderSignInTest extends SingleSignOnServer {

    @Autowired
    FakeExternalSignIn accounts;

    @Test
    void theLoginPageHasAButtonPerProviderAndTheFormStill() throws Exception {
        String page = new Browser().get("/login").body();
        assertThat(page).contains("Logg inn med Bærum kommune (Entra ID)").contains("Logg inn med Politiet")
                .contains("href=\"/oauth2/authorization/entra\"").contains("href=\"/oauth2/authorization/politiet\"")
                .contains("id=\"username\"");
    }

    @Test
    void anActiveAccountSignsInAndIsNamedByItsSamvirkeUsername() throws Exception {
        accounts.link("entra", "sub-slt", "slt", "ACTIVE");
        nextSignIn("entra", ENTRA_CLIENT, "sub-slt", Map.of("name", "Sverre", "email", "sverre@example.no"));
        Browser browser = new Browser();
        HttpResponse<String> landed = browser.signInWith("entra");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("Forside").contains(">slt<");
        assertThat(browser.get("/innboks").statusCode()).isEqualTo(200);
        assertThat(accounts.lastSeen.get("entra|sub-slt").email()).isEqualTo("sverre@example.no");
    }

    @Test
    void thePoliceProviderMapsTheEmployeeIdAndItsOwnNameClaim() throws Exception {
        nextSignIn("politiet", POLICE_CLIENT, "opaque-subject-1", Map.of("ansattnummer", "P777", "navn", "Per Politi"));
        HttpResponse<String> landed = new Browser().signInWith("politiet");
        assertThat(landed.uri().getPath()).isEqualTo(LoginController.NO_ACCESS_YET);
        assertThat(accounts.lastSeen).containsKey("politiet|P777").doesNotContainKey("politiet|opaque-subject-1");
        assertThat(accounts.lastSeen.get("politiet|P777").displayName()).isEqualTo("Per Politi");
    }

    @Test
    void aFirstSignInSeesOnlyTheNoAccessPageUntilApprovedThenTheirPagesOnReload() throws Exception {
        accounts.link("entra", "sub-new-teacher", "helse", "PENDING");
        nextSignIn("entra", ENTRA_CLIENT, "sub-new-teacher", Map.of("name", "Hanne"));
        Browser browser = new Browser();
        HttpResponse<String> landed = browser.signInWith("entra");
        assertThat(landed.uri().getPath()).isEqualTo(LoginController.NO_ACCESS_YET);
        assertThat(landed.body()).contains("Du har ikke tilgang ennå").contains("administrator").contains("Logg ut");
        for (String path : new String[] {"/", "/bekymringer", "/bekymringer/ny", "/innboks"}) {
            HttpResponse<String> refused = browser.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith(LoginController.NO_ACCESS_YET);
        }
        assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isIn(302, 403);

        accounts.status.put("helse", "ACTIVE"); // an administrator approves
        HttpResponse<String> reloaded = browser.get("/bekymringer/ny");
        assertThat(reloaded.statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedAtSignInAndThrownOutOfItsSession() throws Exception {
        accounts.link("entra", "sub-gone", "nav", "DEACTIVATED");
        nextSignIn("entra", ENTRA_CLIENT, "sub-gone", Map.of());
        HttpResponse<String> refused = new Browser().signInWith("entra");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("deactivated");
        assertThat(refused.body()).contains("Kontoen din er deaktivert");

        accounts.link("entra", "sub-kjerne", "kjerne", "ACTIVE");
        nextSignIn("entra", ENTRA_CLIENT, "sub-kjerne", Map.of());
        Browser browser = new Browser();
        assertThat(browser.signInWith("entra").uri().getPath()).isEqualTo("/");
        accounts.status.put("kjerne", "DEACTIVATED");
        try {
            HttpResponse<String> next = browser.get("/innboks");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login?deactivated");
        } finally {
            accounts.status.put("kjerne", "ACTIVE");
        }
        // the session is gone, not merely refused once
        assertThat(browser.get("/innboks").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void logoutEndsTheSessionAndTheProvidersToo() throws Exception {
        accounts.link("entra", "sub-skole", "skole", "ACTIVE");
        nextSignIn("entra", ENTRA_CLIENT, "sub-skole", Map.of());
        Browser browser = new Browser();
        assertThat(browser.signInWith("entra").uri().getPath()).isEqualTo("/");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.get("/").body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> out = browser.client.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        String location = out.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(OIDC.issuerUrl("entra").toString()).contains("post_logout_redirect_uri");
        assertThat(browser.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
