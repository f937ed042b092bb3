package dev.tally.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A test of the service's pages, in the run's one Chromium ({@link Chromium#shared()}): starting a browser costs more than a page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends ApiTest {

    protected Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.shared();
    }
}
