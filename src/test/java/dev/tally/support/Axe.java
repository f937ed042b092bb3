package dev.tally.support;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * axe-core (pinned in {@code .ci/package.json}) run in the page as it stands: fails listing every violation of impact
 * serious or critical. Skipped, like the browser itself, where {@code npm ci} in {@code .ci} has not been run.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of(".ci/node_modules/axe-core/axe.min.js");

    private Axe() {
    }

    /** Asserts that the page has no serious or critical accessibility violation. */
    public static void check(Page page) {
        assumeTrue(Files.isReadable(SCRIPT), "axe-core is needed at " + SCRIPT.toAbsolutePath() + " (cd .ci && npm ci)");
        // Evaluated over the DevTools protocol, not added as a script tag: the pages' CSP rightly refuses inline scripts.
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(source());
        }
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) page.evaluate("""
                async () => (await axe.run(document, { resultTypes: ['violations'], iframes: false })).violations
                    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
                    .map((violation) => violation.id + ' (' + violation.impact + '): ' + violation.help + ' at '
                        + violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join(', '))
                """);
        assertThat(violations).as("accessibility violations on " + page.url()).isEmpty();
    }

    private static String source() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
