package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The real-browser journey in Debian Chromium: skole registers a concern, slt screens it,
 * kjerne decides to close it, and skole sees it as closed. axe-core checks every page on the way.
 */
class ConcernJourneyIT extends BrowserJourney {

    @Test
    void skoleRegistersSltScreensKjerneClosesAndSkoleSeesItClosed() {
        String reference = register();
        work("slt", reference, "Vurder bekymringen (SLT)", page -> {
            page.locator("#inScope-true").check();
            page.locator("#discussionMode-NAMED").check();
            page.locator("#reasons").fill("Innenfor kjernegruppens mandat.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre vurderingen")).click();
        });
        work("kjerne", reference, "Behandle saken i kjernegruppen", page -> {
            page.locator("#decision-CLOSE").check();
            page.locator("#reasons").fill("Drøftet i kjernegruppen; ingen videre oppfølging nødvendig.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lagre beslutningen")).click();
        });

        Page skole = browser.signIn("skole");
        skole.navigate(browser.url("/bekymringer"));
        Locator row = skole.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row.textContent()).contains("Avsluttet");
        BrowserSupport.assertAccessible(skole);
        row.getByRole(AriaRole.LINK).click();
        assertThat(skole.locator("main").textContent()).contains("Avsluttet").doesNotContain("Drøftet");
        BrowserSupport.assertAccessible(skole);
    }

    private String register() {
        Page page = browser.signIn("skole");
        page.navigate(browser.url("/bekymringer/ny"));
        BrowserSupport.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send bekymringen")).click();
        assertThat(page.locator("#error-summary").textContent()).contains("Beskriv hva du har observert");
        BrowserSupport.assertAccessible(page);

        page.getByLabel("Fullt navn").fill("Ola Nordmann");
        page.getByLabel("Fødselsnummer eller D-nummer").fill("15070950089");
        page.getByLabel("Radikalisering").check();
        page.getByLabel("Hva har du observert, og når?").fill("Eleven delte ekstremt materiale i klassen 3. november.");
        page.locator("#subjectInformed-no").check();
        page.locator("#consentToShare-no").check();
        page.locator("#acuteDanger-no").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send bekymringen")).click();
        String heading = page.locator("h1").textContent();
        assertThat(heading).matches("Bekymring B-\\d{4}-\\d{4}");
        assertThat(page.locator("main").textContent()).contains("Mottatt");
        BrowserSupport.assertAccessible(page);
        return heading.substring("Bekymring ".length());
    }
}
