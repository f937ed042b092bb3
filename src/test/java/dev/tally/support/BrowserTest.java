package dev.tally.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test of the service's pages with one Chromium for the whole class: starting a browser costs more than a page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends ApiTest {

    protected Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }
}
