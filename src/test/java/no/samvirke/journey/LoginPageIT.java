package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

class LoginPageIT extends BrowserJourney {

    @Test
    void homePageAfterLoginIsAccessibleAndInBokmaal() {
        Page page = browser.signIn("skole");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
        assertThat(page.locator("h1").textContent()).isEqualTo("Forside");
        BrowserSupport.assertAccessible(page);
    }
}
