package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright (never a downloaded browser; ADR 8), with an axe-core
 * check for WCAG 2.0/2.1 A and AA.
 */
final class BrowserSupport implements AutoCloseable {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    BrowserSupport(String baseUrl) {
        this.baseUrl = baseUrl;
        this.playwright = Playwright.create();
        this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(chromiumPath()))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    static String chromiumPath() {
        return System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    }

    /** A fresh browser session (own cookies), not signed in, in bokmål. */
    Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO")).newPage();
    }

    /** A fresh browser session (own cookies) signed in as the user, in bokmål. */
    Page signIn(String username) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nb-NO"));
        Page page = context.newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill("demo");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Logg inn")).click();
        page.waitForURL(baseUrl + "/");
        return page;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** Fails with the list of violations if axe-core finds any WCAG 2.1 A/AA problem on the page. */
    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .as(() -> "axe-core violations on " + page.url() + ":\n" + violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> n.getTarget().toString()).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
