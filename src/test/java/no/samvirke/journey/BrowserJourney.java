package no.samvirke.journey;

import org.junit.jupiter.api.AfterAll;
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
        browser = new BrowserSupport("http://localhost:" + port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }
}
