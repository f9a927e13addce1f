package no.samvirke.journey;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
