package dev.tally.kit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The kit builder in a real Chromium: a recruiter assembles a kit from the bank, is told what is wrong, and publishes. */
class KitBuilderBrowserTest extends ApiTest {

    @Test
    void aRecruiterBuildsAKitFromTheBankFixesWhatIsWrongAndPublishesIt() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/kits.html", tenant.recruiter());
            assertThat(page.locator("#kits-view")).isVisible();
            Axe.check(page);
            page.fill("#new-kit input[name=name]", "Backend loop");
            page.fill("#new-kit input[name=role]", "Backend engineer");
            page.fill("#new-kit input[name=level]", "Senior");
            page.click("#new-kit button");
            assertThat(page.locator("#kit-title")).hasText("Backend loop");

            page.selectOption("#add-question", HiringFixtures.question(2));
            page.selectOption("#add-question", HiringFixtures.question(10));
            page.fill("[aria-label='Question 1 weight']", "2");
            page.fill("[aria-label='Question 2 weight']", "0");
            page.check("[data-flag='" + HiringFixtures.SECURITY_NEGLIGENCE + "']");
            page.click("#save-kit");
            assertThat(page.locator("#kit-problems")).containsText("Question 2 weight: must be greater than 0");

            page.fill("[aria-label='Question 2 weight']", "1");
            page.click("#publish-kit");
            assertThat(page.locator("#kit-meta")).containsText("published");
            assertThat(page.locator("#kit-name")).isDisabled();
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
        }
        Response kits = api.get(tenant.recruiter().token(), "/api/v1/kits");
        Response kit = api.get(tenant.recruiter().token(), "/api/v1/kits/" + kits.string("items[0].id"));
        assertThat(kit.string("status")).isEqualTo("PUBLISHED");
        assertThat(kit.<List<Map<String, Object>>>get("items")).extracting(item -> ((Number) item.get("weight")).doubleValue())
                .containsExactly(2.0, 1.0);
        assertThat(kit.string("checklist[0].redFlag.id")).isEqualTo(HiringFixtures.SECURITY_NEGLIGENCE);
        assertThat(kit.string("checklist[0].knockout")).isEqualTo("true"); // critical, so a knockout unless unticked
    }

    @Test
    void anInterviewerIsToldKitsAreNotForThem() {
        Tenant tenant = fixtures.anOrganisation();
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/kits.html", tenant.interviewer());

            assertThat(page.locator("#save-status")).containsText("built by recruiters, hiring managers and admins");
        }
    }
}
