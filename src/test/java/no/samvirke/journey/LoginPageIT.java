package no.samvirke.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginPageIT {

    @LocalServerPort
    int port;
    BrowserSupport browser;

    @BeforeAll
    void start() {
        browser = new BrowserSupport("http://localhost:" + port);
    }

    @AfterAll
    void stop() {
        browser.close();
    }

    @Test
    void homePageAfterLoginIsAccessibleAndInBokmaal() {
        Page page = browser.signIn("skole");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
        assertThat(page.locator("h1").textContent()).isEqualTo("Forside");
        BrowserSupport.assertAccessible(page);
    }
}
