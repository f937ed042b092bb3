package dev.tally.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tally.support.Axe;
import dev.tally.support.BrowserTest;
import dev.tally.support.Chromium;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The app shell in a real Chromium: / is the app, one header and navigation per role, one session for every tab. */
class AppShellBrowserTest extends BrowserTest {

    @Test
    void theRootIsTheAppServedAsAPageWithThePagesPolicy() {
        for (String path : new String[] {"/", "/app/", "/app/index.html"}) {
            Response page = api.get(null, path);

            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("id=\"app\"");
            assertThat(page.header("Content-Security-Policy")).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'");
        }
    }

    @Test
    void aRecruiterSignsInOnceForEveryTabSeesTheirNavigationAndSignsOutEverywhere() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page home = context.newPage();
            home.navigate(server.getURI() + "/");
            assertThat(home.locator("#login-view")).isVisible();
            Axe.check(home);
            signIn(home, tenant.recruiter());

            assertThat(home.locator("#who")).containsText(tenant.name());
            assertThat(home.locator("#who")).containsText("Recruiter");
            assertThat(home.locator("#nav a")).hasText(new String[] {"Home", "Kits", "Questions", "Openings", "Candidates", "Interviews", "Reports"});
            assertThat(home.locator("#nav a[aria-current=page]")).hasText("Home");
            assertThat(home.locator("#recruiter-home")).isVisible();
            assertThat(home.locator("#interviewer-home")).isHidden();
            Axe.check(home);
            assertThat(Chromium.widthAtPhoneSize(home)).isLessThanOrEqualTo(390);

            Page kits = context.newPage();
            kits.navigate(server.getURI() + "/app/kits.html");
            assertThat(kits.locator("#kits-view")).isVisible();
            assertThat(kits.locator("#nav a[aria-current=page]")).hasText("Kits");

            kits.click("#logout");
            assertThat(kits.locator("#login-view")).isVisible();
            assertThat(home.locator("#login-view")).isVisible();
            assertThat(home.locator("#nav")).isHidden();
        }
    }

    @Test
    void anExpiredSessionSignsInAgainAndComesBackWithWhatWasTyped() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/kits.html", tenant.recruiter());
            page.fill("#new-kit input[name=name]", "Backend loop");
            page.fill("#new-kit input[name=role]", "Backend engineer");
            page.fill("#new-kit input[name=level]", "Senior");
            // As if the token had expired: the service answers 401 to it.
            page.evaluate("() => localStorage.setItem('tally.token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.expired')");
            page.click("#new-kit button");

            assertThat(page.locator("#login-view")).isVisible();
            assertThat(page.locator("#login-error")).containsText("session ended");
            signIn(page, tenant.recruiter());
            assertThat(page.locator("#kits-view")).isVisible();
            assertThat(page.locator("#new-kit input[name=name]")).hasValue("Backend loop");
            page.click("#new-kit button");
            assertThat(page.locator("#kit-title")).hasText("Backend loop");
        }
    }

    @Test
    void anInterviewerWhosePasswordWasResetChoosesANewOneFirstAndSeesOnlyWhatTheyMayUse() {
        Tenant tenant = fixtures.anOrganisation();
        Member interviewer = tenant.interviewer();
        api.post(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/password", Map.of("newPassword", "temporary-password-1"));
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(server.getURI() + "/");
            signIn(page, new Member(interviewer.id(), interviewer.email(), "temporary-password-1", null));

            assertThat(page.locator("#password-view")).isVisible();
            Axe.check(page);
            page.fill("#forced-password-form input[name=currentPassword]", "temporary-password-1");
            page.fill("#forced-password-form input[name=newPassword]", "my-own-password-2");
            page.click("#forced-password-form button");

            assertThat(page.locator("#interviewer-home")).isVisible();
            assertThat(page.locator("#nav a")).hasText(new String[] {"Home", "Interviews"});
            assertThat(page.locator("#who")).containsText("Interviewer");
        }
        assertThat(fixtures.login(interviewer.email(), "my-own-password-2")).isNotBlank();
    }

    @Test
    void anAdminsHomeCountsPeopleAndShowsTheOrganisation() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/", tenant.admin());

            assertThat(page.locator("#people-count")).hasText("4 people in " + tenant.name() + ".");
            assertThat(page.locator("#organisation")).containsText(tenant.name());
            assertThat(page.locator("#nav a").last()).hasText("People");
            Axe.check(page);
        }
    }

    private static void signIn(Page page, Member member) {
        page.fill("input[name=username]", member.email());
        page.fill("input[name=password]", member.password());
        page.click("#login-form button");
    }
}
