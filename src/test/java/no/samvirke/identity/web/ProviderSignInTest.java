package no.samvirke.identity.web;

import no.samvirke.identity.Account;
import no.samvirke.identity.AccountStatus;
import no.samvirke.identity.Employment;
import no.samvirke.identity.MembershipKind;
import no.samvirke.identity.ServiceUnit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The browser's single sign-on through a real OIDC server: two providers, claim mapping, pending, deactivation. */
class ProviderSignInTest extends SingleSignOnServer {

    private static final Employment SLT = new Employment(ServiceUnit.SLT, "3201", null);
    private static final Employment SCHOOL = new Employment(ServiceUnit.SCHOOL, "3201", null);

    @Test
    void theLoginPageHasAButtonPerProviderAndTheFormStill() throws Exception {
        String page = new Browser().get("/login").body();
        assertThat(page).contains("Logg inn med Bærum kommune (Entra ID)").contains("Logg inn med Politiet")
                .contains("href=\"/oauth2/authorization/entra\"").contains("href=\"/oauth2/authorization/politiet\"")
                .contains("id=\"username\"");
    }

    @Test
    void anActiveAccountSignsInAndIsNamedByItsSamvirkeUsername() throws Exception {
        String slt = active("entra", "sub-slt", SLT, member(MembershipKind.SLT_COORDINATOR, "3201"),
                member(MembershipKind.KJERNEGRUPPE, "3201"));
        nextSignIn("entra", ENTRA_CLIENT, "sub-slt", Map.of("name", "Sverre", "email", "sverre@example.no"));
        Browser browser = new Browser();
        HttpResponse<String> landed = browser.signInWith("entra");
        assertThat(landed.uri().getPath()).isEqualTo("/");
        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.body()).contains("Forside").contains(">" + slt + "<");
        assertThat(browser.get("/innboks").statusCode()).isEqualTo(200);
        // name and e-mail are refreshed from the provider at each sign-in
        assertThat(directory.account(slt).orElseThrow().email()).isEqualTo("sverre@example.no");
        assertThat(directory.account(slt).orElseThrow().displayName()).isEqualTo("Sverre");
    }

    @Test
    void thePoliceProviderMapsTheEmployeeIdAndItsOwnNameClaim() throws Exception {
        nextSignIn("politiet", POLICE_CLIENT, "opaque-subject-1", Map.of("ansattnummer", "P777", "navn", "Per Politi"));
        HttpResponse<String> landed = new Browser().signInWith("politiet");
        assertThat(landed.uri().getPath()).isEqualTo(LoginController.NO_ACCESS_YET);
        assertThat(accountOf("politiet", "opaque-subject-1")).isEmpty();
        Account police = accountOf("politiet", "P777").orElseThrow();
        assertThat(police.displayName()).isEqualTo("Per Politi");
        assertThat(police.status()).isEqualTo(AccountStatus.PENDING);
        // the username is an id, never the person's name or e-mail (it reaches Camunda as assignee)
        assertThat(police.username()).doesNotContainIgnoringCase("per").doesNotContain("P777");
    }

    @Test
    void aFirstSignInSeesOnlyTheNoAccessPageUntilApprovedThenTheirPagesOnReload() throws Exception {
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

        // an administrator approves
        approve(accountOf("entra", "sub-new-teacher").orElseThrow().username(), SCHOOL,
                member(MembershipKind.FRONTLINE, "3201"));
        HttpResponse<String> reloaded = browser.get("/bekymringer/ny");
        assertThat(reloaded.statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAccountIsRefusedAtSignInAndThrownOutOfItsSession() throws Exception {
        directory.deactivate(active("entra", "sub-gone", SCHOOL, member(MembershipKind.FRONTLINE, "3201")),
                administrator());
        nextSignIn("entra", ENTRA_CLIENT, "sub-gone", Map.of());
        HttpResponse<String> refused = new Browser().signInWith("entra");
        assertThat(refused.uri().getPath()).isEqualTo("/login");
        assertThat(refused.uri().getQuery()).isEqualTo("deactivated");
        assertThat(refused.body()).contains("Kontoen din er deaktivert");

        String member = active("entra", "sub-kjerne", SCHOOL, member(MembershipKind.KJERNEGRUPPE, "3201"));
        nextSignIn("entra", ENTRA_CLIENT, "sub-kjerne", Map.of());
        Browser browser = new Browser();
        assertThat(browser.signInWith("entra").uri().getPath()).isEqualTo("/");
        directory.deactivate(member, administrator());
        // deactivation ended the session itself: the very next request is back at the login page
        HttpResponse<String> next = browser.get("/innboks");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(browser.get("/innboks").headers().firstValue("Location").orElseThrow()).endsWith("/login");
        // and signing in again through the provider is refused with the reason
        nextSignIn("entra", ENTRA_CLIENT, "sub-kjerne", Map.of());
        assertThat(browser.signInWith("entra").uri().getQuery()).isEqualTo("deactivated");
    }

    @Test
    void logoutEndsTheSessionAndTheProvidersToo() throws Exception {
        active("entra", "sub-skole", SCHOOL, member(MembershipKind.FRONTLINE, "3201"));
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
