package dev.tally.hiring;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import dev.tally.support.Axe;
import dev.tally.support.BrowserTest;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Candidates page in a real Chromium: a recruiter adds candidates by form and from a CSV file after its preview,
 * finds them, and schedules, changes and cancels an interview with a panel picked by name; then withdraws one.
 */
class CandidatesPageBrowserTest extends BrowserTest {

    private static final String HOSTILE_NOTES = "Prefers mornings.\n<img src=x onerror=\"window.pwned = 1\">";

    @Test
    void aRecruiterAddsCandidatesByFormAndFromACsvFileAfterItsPreview() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/candidates.html", tenant.recruiter());
            assertThat(page.locator("#candidates-view")).isVisible();
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);

            page.locator("#new-candidate select[name=openingId]").selectOption(new SelectOption().setLabel("Senior Django developer"));
            page.fill("#new-candidate input[name=name]", "Grace Hopper");
            page.fill("#new-candidate input[name=email]", "grace@example.test");
            page.fill("#new-candidate input[name=phone]", "+44 20 7946 0000");
            page.fill("#new-candidate input[name=source]", "Referral");
            page.fill("#new-candidate input[name=link]", "https://example.test/grace.pdf");
            page.fill("#new-candidate textarea[name=notes]", HOSTILE_NOTES);
            page.click("#new-candidate button[type=submit]");
            assertThat(page.locator("#candidates li")).hasCount(1);

            page.locator("#import select[name=openingId]").selectOption(opening.id().toString());
            page.setInputFiles("#import input[type=file]", csv("name,email,source\nAlan Turing,alan@example.test,Job board\n"
                    + "Edsger Dijkstra,not-an-email,Job board\nGrace Again,grace@example.test,\n"));
            page.click("#import button");
            assertThat(page.locator("#import-summary")).hasText("1 row(s) ready to import, 2 with problems");
            assertThat(page.locator("#import-rows tr").nth(1)).containsText("email");
            assertThat(page.locator("#import-confirm")).isDisabled();
            Axe.check(page);

            page.setInputFiles("#import input[type=file]", csv("Name,Email,Source\nAlan Turing,alan@example.test,Job board\n"
                    + "Edsger Dijkstra,edsger@example.test,Job board\n\"Hopper, Barbara\",barbara@example.test,\n"));
            page.click("#import button");
            assertThat(page.locator("#import-confirm")).hasText("Import 3 candidates");
            page.click("#import-confirm");
            assertThat(page.locator("#import-summary")).hasText("Imported 3 candidate(s)");
            assertThat(page.locator("#candidates li")).hasCount(4);

            page.fill("#candidates-query input[name=q]", "hopper");
            page.click("#candidates-query button");
            assertThat(page.locator("#candidates li")).hasCount(2);
            page.click("#candidates li a >> text=Grace Hopper");
            assertThat(page.locator("#candidate-details")).containsText("Prefers mornings.");
            assertThat(page.locator("#candidate-details")).containsText("<img src=x onerror");
            assertThat(page.locator("#candidate-details a")).hasAttribute("href", "https://example.test/grace.pdf");
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        }
        Response candidates = api.get(tenant.recruiter().token(), "/api/v1/candidates?openingId=" + opening.id());
        assertThat(candidates.<Number>get("totalItems").intValue()).isEqualTo(4);
    }

    @Test
    void aRecruiterSchedulesAnInterviewWithAPanelPickedByNameChangesItCancelsItAndWithdrawsTheCandidate() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String candidate = hiring.aCandidate(tenant, opening, "Ada Lovelace").toString();
        fixtures.aMemberNamed(tenant.admin(), "Ivy Chen", "INTERVIEWER");
        fixtures.aMemberNamed(tenant.admin(), "Omar Diaz", "INTERVIEWER");
        try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setTimezoneId("UTC"))) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/candidates.html#/candidates/" + candidate, tenant.recruiter());
            assertThat(page.locator("#candidate-name")).hasText("Ada Lovelace");
            assertThat(page.locator("#progress li")).hasCount(2);

            page.locator("#schedule select[name=stageId]").selectOption(opening.onsiteStageId().toString());
            assertThat(page.locator("#schedule input[name=durationMinutes]")).hasValue("50");
            page.fill("#schedule input[name=date]", "2026-12-14");
            page.fill("#schedule input[name=time]", "14:30");
            page.fill("#schedule input[name=location]", "https://meet.example.test/ada");
            pick(page, "ivy");
            pick(page, "omar");
            page.click("[aria-label='Remove Omar Diaz']");
            assertThat(page.locator("#panel-chosen li")).hasCount(1);
            pick(page, "omar");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            page.click("#schedule-submit");
            assertThat(page.locator("#progress li").nth(1)).containsText("0 of 2 scorecards submitted");

            page.click("text=Change time or panel");
            assertThat(page.locator("#schedule-submit")).hasText("Save changes");
            page.fill("#schedule input[name=time]", "15:00");
            page.click("[aria-label='Remove Omar Diaz']");
            page.click("#schedule-submit");
            assertThat(page.locator("#progress li").nth(1)).containsText("0 of 1 scorecards submitted");
            Response interviews = api.get(tenant.recruiter().token(), "/api/v1/interviews?candidateId=" + candidate);
            assertThat(interviews.string("items[0].scheduledAt")).startsWith("2026-12-14T15:00");
            assertThat(interviews.string("items[0].durationMinutes")).isEqualTo("50");
            assertThat(interviews.string("items[0].location")).isEqualTo("https://meet.example.test/ada");

            page.fill("#progress input", "Candidate asked to move it");
            page.click("text=Cancel interview");
            assertThat(page.locator("#progress li").nth(1)).containsText("Cancelled: Candidate asked to move it");

            page.click("#withdraw");
            assertThat(page.locator("#candidate-meta")).containsText("Withdrawn");
            assertThat(page.locator("#schedule-part")).isHidden();
        }
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/candidates/" + candidate).string("status")).isEqualTo("WITHDRAWN");
    }

    private static void pick(Page page, String name) {
        page.fill("#panel-search", name);
        page.click("#panel-matches button");
    }

    private static FilePayload csv(String content) {
        return new FilePayload("candidates.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
