package dev.tally.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Debian's Chromium driven by Playwright, headless; Playwright's own browser downloads are not used. */
public final class Chromium {

    private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static Chromium shared;

    private final Playwright playwright;
    private final Browser browser;

    private Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync")));
    }

    /**
     * The run's one Chromium, launched on first use and closed when the JVM exits. Starting Playwright's driver and a
     * browser takes seconds, a new BrowserContext milliseconds; tests isolate themselves with a context each, which
     * shares no cookies or storage with any other.
     */
    public static synchronized Chromium shared() {
        assumeTrue(Files.isExecutable(EXECUTABLE), "Chromium is needed at " + EXECUTABLE + " (apt-get install chromium; .ci/run installs it)");
        if (shared == null) {
            shared = new Chromium();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public Browser browser() {
        return browser;
    }

    /** Opens one of the service's pages in the context and logs in through its form. */
    public static Page logIn(BrowserContext context, URI service, String page, Member member) {
        Page opened = context.newPage();
        opened.navigate(service + page);
        opened.fill("input[name=username]", member.email());
        opened.fill("input[name=password]", member.password());
        opened.click("#login-form button");
        return opened;
    }

    /** The page's width in CSS pixels once the viewport is a phone's (390 px wide): more means it scrolls sideways. */
    public static int widthAtPhoneSize(Page page) {
        page.setViewportSize(390, 844);
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
    }

    private void close() {
        browser.close();
        playwright.close();
    }
}
