package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A running Samvirke on a random port and one Debian Chromium for the journeys of a class. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;
    BrowserSupport browser;

    @BeforeAll
    void startBrowser() {
        // A newcomer without Debian's Chromium gets a skipped journey and the reason; CI (CI=true) installs
        // Chromium and never skips.
        boolean chromium = Files.isExecutable(Path.of(BrowserSupport.chromiumPath()));
        Assumptions.assumeTrue(chromium || "true".equals(System.getenv("CI")),
                "Debian Chromium not found at " + BrowserSupport.chromiumPath() + ": apt-get install chromium");
        browser = new BrowserSupport("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Signs in as the user, opens the task named {@code taskName} on the given reference from the
     * inbox (axe-checking both pages), lets {@code fill} complete it and expects the success message.
     */
    void work(String user, String reference, String taskName, Consumer<Page> fill) {
        Page page = browser.signIn(user);
        page.navigate(browser.url("/innboks"));
        BrowserSupport.assertAccessible(page);
        Locator row = page.locator("tr", new Page.LocatorOptions().setHasText(reference)).filter(
                new Locator.FilterOptions().setHasText(taskName));
        // The inbox is paged (50 a page): like a user, go on with "Neste" until the task is there.
        Locator next = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sider i innboksen"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Neste").setExact(true));
        for (int pages = 1; row.count() == 0 && next.count() > 0 && pages < 200; pages++) {
            page.navigate(browser.url(next.getAttribute("href")));
        }
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Åpne"))).click();
        assertThat(page.locator("main").textContent()).contains(reference);
        BrowserSupport.assertAccessible(page);
        fill.accept(page);
        assertThat(page.locator("[role=status]").first().textContent()).contains("Oppgaven er fullført");
        page.context().close();
    }
}
