package dev.tally.fairness;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.tally.support.Axe;
import dev.tally.support.BrowserTest;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fairness monitoring in a real Chromium: an admin sets up the questions, a recruiter enters answers and makes a link,
 * the candidate answers through it once without signing in, and compliance reads the tables and downloads them.
 */
class FairnessPagesBrowserTest extends BrowserTest {

    @Test
    void fromTheQuestionsToTheCandidatesAnswerToTheComplianceTables() throws IOException {
        Tenant tenant = fixtures.anOrganisation();
        Member compliance = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        HiringFixtures.Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Grace Hopper");
        String link;
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/fairness.html", tenant.admin());
            assertThat(page.locator("#categories-view")).isVisible();
            page.click("text=Add Gender");
            assertThat(page.locator("#categories li")).containsText("Gender: Woman, Man, Non-binary, Another gender, Prefer not to say");
            page.fill("#new-category input[name=name]", "Veteran status");
            page.fill("#new-category textarea[name=options]", "Prefer not to say\nVeteran");
            page.click("#new-category button[type=submit]");
            assertThat(page.locator("#new-category-problems")).containsText("options[0]");
            page.fill("#new-category textarea[name=options]", "Veteran\nNot a veteran");
            page.click("#new-category button[type=submit]");
            assertThat(page.locator("#save-status")).hasText("Added Veteran status.");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            assertThat(page.locator("#nav")).not().containsText("Fairness");
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/candidates.html#/candidates/" + candidate, tenant.recruiter());
            assertThat(page.locator("#self-id-part")).isVisible();
            page.getByLabel("Gender").selectOption(new SelectOption().setLabel("Prefer not to say"));
            page.click("#self-id button[type=submit]");
            assertThat(page.locator("#save-status")).hasText("Self-identification saved. Only compliance can read it.");
            assertThat(page.getByLabel("Gender")).hasValue("");
            page.click("#self-id-link");
            assertThat(page.locator("#self-id-url")).hasValue(java.util.regex.Pattern.compile("/app/self-identify\\.html#.{43}$"));
            link = page.locator("#self-id-url").inputValue();
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(link);
            assertThat(page.locator("#organisation")).hasText(tenant.name());
            assertThat(page.locator("main")).not().containsText("Grace");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            page.locator("fieldset", new Page.LocatorOptions().setHasText("Gender")).getByLabel("Woman", new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
            page.click("#self-id-form button[type=submit]");
            assertThat(page.locator("#done-view")).isVisible();
            page.reload();
            assertThat(page.locator("#invalid-view")).isVisible();
            Axe.check(page);
        }
        Response answers = api.get(compliance.token(), "/api/v1/candidates/" + candidate + "/self-identification");
        assertThat(answers.<List<Object>>get("answers")).hasSize(1);
        assertThat(answers.string("answers[0].option")).isEqualTo("Woman");
        assertThat(answers.string("answers[0].givenBy")).isEqualTo("CANDIDATE");

        String gender = api.get(tenant.recruiter().token(), "/api/v1/self-identification/categories").string("[0].id");
        Member interviewer = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        for (int i = 0; i < 5; i++) {
            UUID man = hiring.aCandidate(tenant, opening, "Advanced " + i);
            hiring.submitAComplete(interviewer, hiring.anOnsiteInterview(tenant, opening, man, List.of(interviewer)), 4, "STRONG_YES");
            api.put(tenant.recruiter().token(), "/api/v1/candidates/" + man + "/self-identification", SelfIdentificationTest.answers(gender, "Man"));
        }
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/", compliance);
            page.click("#fairness-openings a");
            assertThat(page.locator("#fairness-tables h2").first()).hasText("Stage 1: Phone screen");
            assertThat(page.locator("#fairness-tables h3").first()).hasText("Gender");
            assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.TABLE,
                    new Page.GetByRoleOptions().setName("Veteran status")).first()).isVisible();
            assertThat(page.locator("#fairness-tables td", new Page.LocatorOptions().setHasText("fewer than 5")).first()).isVisible();
            assertThat(page.locator("#nav")).containsText("Fairness");
            assertThat(page.locator("#fairness-tables tr", new Page.LocatorOptions().setHasText("Man")).last())
                    .containsText("100.0 %");
            assertThat(page.locator("#fairness-tables tr", new Page.LocatorOptions().setHasText("Man")).last())
                    .containsText("Small sample (under 30)");
            assertThat(page.locator("#fairness-tables svg[role=img]")).hasCount(1);
            assertThat(page.locator("#fairness-tables svg[role=img]")).hasAttribute("aria-label",
                    "Onsite, Gender: selection rate Man 100.0 %. The dashed line marks four-fifths of the highest rate.");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            Download download = page.waitForDownload(() -> page.click("#fairness-csv"));
            assertThat(download.suggestedFilename()).isEqualTo("fairness-" + opening.id() + ".csv");
            assertThat(Files.readString(download.path())).contains("Onsite,Gender,Woman,fewer than 5").contains("Onsite,Gender,Man,5,5,1.0000");
        }
    }
}
