package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The police and PST journey in Debian Chromium: pst registers a return on "Varslinger", politi
 * acknowledges it, slt acknowledges it for the municipality, and the log then links the
 * municipality's case for slt (its own, opened for the notification), never for PST (PST may not
 * learn which case, or whether one exists). axe-core checks every page on the way.
 */
class NotificationJourneyIT extends BrowserJourney {

    /** Unique per run, so that a second run on the same database is not linked as a duplicate. */
    private static final String PERSON = "Reise " + lettersOnly(java.util.UUID.randomUUID()) + "sen";

    @Test
    void pstRecordsAReturnPolitiForwardsItAndSltAcknowledgesIt() {
        String reference = register();
        work("politi", reference, "Kvitter for varsel", this::acknowledge);
        work("slt", reference, "Kvitter for varsel", this::acknowledge);

        Page slt = browser.signIn("slt");
        slt.navigate(browser.url("/varslinger"));
        Locator row = slt.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(row.textContent()).contains(PERSON, "Hjemkomst");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Saken i kommunen")).count())
                .isEqualTo(1);
        BrowserSupport.assertAccessible(slt);

        Page pst = browser.signIn("pst");
        pst.navigate(browser.url("/varslinger"));
        Locator pstRow = pst.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(pstRow.textContent()).contains(PERSON, "Hjemkomst");
        assertThat(pstRow.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Saken i kommunen")).count())
                .as("PST is not shown the municipality's case").isZero();
    }

    private String register() {
        Page page = browser.signIn("pst");
        page.navigate(browser.url("/varslinger/ny"));
        BrowserSupport.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer varselet")).click();
        assertThat(page.locator("#error-summary").isVisible()).isTrue();
        BrowserSupport.assertAccessible(page);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        page.getByLabel("Hjemkomst").check();
        page.locator("#eventDate").fill(today.minusDays(1).toString());
        page.locator("#municipalityCode").selectOption("3201");
        page.locator("#personName").fill(PERSON);
        page.locator("#birthDate").fill("2004-03-17");
        page.locator("#harm-CLEARED").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrer varselet")).click();

        assertThat(page.locator("[role=status]").first().textContent()).contains("Varselet er registrert");
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(PERSON)).first();
        Matcher reference = Pattern.compile("V-[0-9A-F]{8}").matcher(row.textContent());
        assertThat(reference.find()).as("the notification's reference in the log").isTrue();
        BrowserSupport.assertAccessible(page);
        page.context().close();
        return reference.group();
    }

    private void acknowledge(Page page) {
        page.getByLabel("Jeg har mottatt varselet").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kvitter")).click();
    }

    private static String lettersOnly(java.util.UUID id) {
        StringBuilder name = new StringBuilder();
        for (char c : id.toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
