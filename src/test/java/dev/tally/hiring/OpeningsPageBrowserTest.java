package dev.tally.hiring;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.tally.support.Axe;
import dev.tally.support.BrowserTest;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.PublishedKit;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The Openings page in a real Chromium: a recruiter opens a position with a plan, edits it, closes and reopens it. */
class OpeningsPageBrowserTest extends BrowserTest {

    @Test
    void aRecruiterOpensAPositionWithAPlanReordersItIsRefusedRemovingAStageInUseAndClosesIt() {
        Tenant tenant = fixtures.anOrganisation();
        hiring.aPublishedKitWith(tenant, 3);
        hiring.aPublishedKitWith(tenant, 5);
        fixtures.aMemberNamed(tenant.admin(), "Hana Manager", "HIRING_MANAGER");
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/openings.html", tenant.recruiter());
            assertThat(page.locator("#openings-view")).isVisible();
            page.fill("#new-opening input[name=title]", "Platform engineer");
            page.fill("#new-opening input[name=team]", "Infrastructure");
            page.fill("#new-manager-search", "hana");
            page.click("#new-manager-matches button");
            assertThat(page.locator("#new-manager-chosen")).containsText("Hana Manager");
            page.getByLabel("Stage 1 kit").selectOption(new SelectOption().setLabel("Kit of 3 · version 1 · 30 min"));
            page.click("text=Add a stage");
            page.getByLabel("Stage 2 name").fill("Onsite");
            page.getByLabel("Stage 2 kit").selectOption(new SelectOption().setLabel("Kit of 5 · version 1 · 50 min"));
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            page.click("#new-opening button[type=submit]");

            assertThat(page.locator("#opening-title")).hasText("Platform engineer");
            assertThat(page.locator("#opening-meta")).hasText("Infrastructure · Open · hiring manager Hana Manager");
            String openingId = page.url().replaceAll(".*#/openings/", "");
            Axe.check(page);

            page.click("#edit-plan [aria-label='Move up: stage 2']");
            page.click("#save-plan");
            assertThat(page.locator("#save-status")).hasText("Plan saved.");
            Response opening = api.get(tenant.recruiter().token(), "/api/v1/openings/" + openingId);
            assertThat(opening.<List<Map<String, Object>>>get("stages")).extracting(stage -> stage.get("name"))
                    .containsExactly("Onsite", "Phone screen");

            String candidate = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", openingId,
                    "name", "Ada Lovelace", "email", "ada@example.test")).string("id");
            api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                    "stageId", opening.string("stages[0].id"), "scheduledAt", "2026-12-01T10:00:00Z",
                    "panel", List.of(tenant.interviewer().id())));
            page.click("#edit-plan [aria-label='Remove stage 1']");
            page.click("#save-plan");
            assertThat(page.locator("#opening-problems")).containsText("The stage 'Onsite' has interviews and cannot be removed");

            page.click("#opening-status");
            assertThat(page.locator("#opening-meta")).containsText("Closed");
            page.click("#opening-status");
            assertThat(page.locator("#opening-meta")).containsText("Open");

            page.click("text=← Openings");
            page.fill("#openings-query input[name=q]", "platform");
            page.click("#openings-query button");
            assertThat(page.locator("#openings li")).hasCount(1);
            assertThat(page.locator("#openings li")).containsText("Infrastructure");
        }
    }

    @Test
    void theOpeningsHiringManagerMayChangeOnlyItsPlan() {
        Tenant tenant = fixtures.anOrganisation();
        PublishedKit kit = hiring.aPublishedKitWith(tenant, 3);
        String openingId = api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of("title", "Data engineer",
                "hiringManagerId", tenant.hiringManager().id(),
                "stages", List.of(Map.of("name", "Phone screen", "kitId", kit.id(), "kitVersion", 1)))).string("id");
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/openings.html#/openings/" + openingId, tenant.hiringManager());
            assertThat(page.locator("#opening-title")).hasText("Data engineer");
            assertThat(page.locator("#opening-details")).isHidden();
            assertThat(page.locator("#opening-status")).isHidden();

            page.getByLabel("Stage 1 name").fill("Technical screen");
            page.click("#save-plan");
            assertThat(page.locator("#save-status")).hasText("Plan saved.");
            Axe.check(page);
        }
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/openings/" + openingId).string("stages[0].name"))
                .isEqualTo("Technical screen");
    }
}
