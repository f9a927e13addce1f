package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on in Debian Chromium through a real OIDC provider in the JVM (NAV's mock-oauth2-server): a new
 * teacher signs in with "Logg inn med …" and waits on "Du har ikke tilgang ennå"; the administrator approves
 * them on the admin pages and gives them a membership; the teacher reloads and may register a concern; the
 * administrator deactivates them and their next page is the login page. axe-core checks the pages on the way.
 */
class SingleSignOnJourneyIT extends BrowserJourney {

    private static final String CLIENT = "samvirke-journey";
    private static final MockOAuth2Server OIDC = new MockOAuth2Server();

    static {
        OIDC.start();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.";
        registry.add(prefix + "registration.entra.client-id", () -> CLIENT);
        registry.add(prefix + "registration.entra.client-secret", () -> "journey-secret");
        registry.add(prefix + "registration.entra.client-name", () -> "Bærum kommune (Entra ID)");
        registry.add(prefix + "registration.entra.scope", () -> "openid,profile,email");
        registry.add(prefix + "provider.entra.issuer-uri", () -> OIDC.issuerUrl("entra").toString());
    }

    @AfterAll
    static void stopProvider() {
        OIDC.shutdown();
    }

    @Test
    void aNewTeacherWaitsIsApprovedOnTheAdminPagesWorksAndIsDeactivated() {
        // 1. the first sign-in through the municipality's provider: no access yet
        OIDC.enqueueCallback(new DefaultOAuth2TokenCallback("entra", "journey-teacher-1", "JWT", List.of(CLIENT),
                Map.of("name", "Tora Lærer", "email", "tora@baerum.example"), 3600));
        Page teacher = browser.newPage();
        teacher.navigate(browser.url("/login"));
        BrowserSupport.assertAccessible(teacher);
        teacher.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logg inn med Bærum kommune (Entra ID)"))
                .click();
        teacher.waitForURL(browser.url("/ingen-tilgang"));
        assertThat(teacher.locator("h1").textContent()).contains("Du har ikke tilgang ennå");
        BrowserSupport.assertAccessible(teacher);
        teacher.navigate(browser.url("/innboks"));
        assertThat(teacher.url()).endsWith("/ingen-tilgang");

        // 2. the administrator sees the pending sign-in, approves it and gives a membership
        Page admin = browser.signIn("admin");
        admin.navigate(browser.url("/admin"));
        BrowserSupport.assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Behandle ventende innlogginger")).click();
        BrowserSupport.assertAccessible(admin);
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tora Lærer")).click();
        assertThat(admin.locator("main").textContent()).contains("tora@baerum.example");
        BrowserSupport.assertAccessible(admin);
        admin.getByLabel("Tjeneste").selectOption("SCHOOL");
        admin.getByLabel("Kommune").first().selectOption("3201");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkjenn")).click();
        admin.locator("#kind").selectOption("FRONTLINE");
        admin.locator("#scopeCode").selectOption("3201");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gi medlemskap")).click();
        assertThat(admin.locator("#memberships").textContent()).contains("Melder bekymringer");
        BrowserSupport.assertAccessible(admin);

        // 3. the teacher reloads: the same session now has the membership's access
        teacher.navigate(browser.url("/bekymringer/ny"));
        assertThat(teacher.url()).endsWith("/bekymringer/ny");
        assertThat(teacher.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send bekymringen"))
                .count()).isEqualTo(1);

        // 4. deactivated (after the confirmation): the teacher's next page is the login page
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Deaktiver kontoen")).click();
        BrowserSupport.assertAccessible(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, deaktiver")).click();
        teacher.navigate(browser.url("/innboks"));
        assertThat(teacher.url()).contains("/login");
        assertThat(teacher.locator("main").textContent()).doesNotContain("Innboks");
    }
}
