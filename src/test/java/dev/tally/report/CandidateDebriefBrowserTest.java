package dev.tally.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.PrintedPages;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.tally.support.Scoring.scoring;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The candidate's debrief in the reports page, in a real Chromium: who said what, the pictures against the JSON report,
 * printing the page as report.html prints, 390 px phones, and the hiring manager's decision recorded where it is read.
 */
class CandidateDebriefBrowserTest extends ApiTest {

    private Tenant tenant;
    private UUID candidate;

    /** Ivy scores 3, 3, 4, 2, 3, raises ORM ignorance and says yes; Jon gives 2 throughout and says no: DISCUSS. */
    @BeforeEach
    void aCandidateTwoInterviewersDisagreeOn() {
        tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        candidate = hiring.aCandidate(tenant, opening, "Ada Lovelace");
        Member ivy = fixtures.aMemberNamed(tenant.admin(), "Ivy Park", "INTERVIEWER");
        Member jon = fixtures.aMemberNamed(tenant.admin(), "Jon Reyes", "INTERVIEWER");
        UUID interview = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(ivy, jon));
        scoring(api, ivy, interview).score(1, 3).note("Knew select_related").score(2, 3).score(3, 4).note("Designed the index strategy unprompted").score(4, 2).score(5, 3)
                .flag(HiringFixtures.ORM_IGNORANCE, "Loaded every order in a loop").recommend("YES", "Careful with data, quick to test.")
                .submit();
        hiring.submitAComplete(jon, interview, 2, "NO");
    }

    @Test
    void theHiringManagerReadsWhoSaidWhatAndPicturesThatMatchTheReport() {
        Response json = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + candidate + "/report");
        try (BrowserContext context = Chromium.shared().browser().newContext(new Browser.NewContextOptions()
                .setLocale("de-DE").setTimezoneId("Europe/Berlin"))) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/candidates/" + candidate, tenant.hiringManager());
            Locator report = page.locator("#candidate-report article.candidate-report");
            assertThat(report.locator("h1")).hasText("Ada Lovelace");

            Locator ivy = report.locator(".panelist", new Locator.LocatorOptions().setHasText("Ivy Park"));
            assertThat(ivy).containsText("Yes");
            assertThat(ivy).containsText("Careful with data, quick to test.");
            assertThat(ivy).containsText("Loaded every order in a loop");
            assertThat(report.locator(".panelist", new Locator.LocatorOptions().setHasText("Jon Reyes"))).containsText("No");
            assertThat(report.locator("#suggested-decision")).hasText("Discuss");
            assertThat(report).containsText(json.string("interviews[0].items[0].questionText"));
            assertThat(report).containsText(json.string("competencies[0].competencyName"));
            // words, not enum names (the formula under "How this was computed" names its rules' constants on purpose)
            assertThat(report.locator(".panelists")).not().containsText("YES");
            assertThat(report.locator("p.muted").first()).containsText("status: Active");
            assertThat(report.locator(".interview .decision")).hasText("Discuss");
            // 1 December 2026, 10:00 UTC, read in Berlin in German
            assertThat(report.locator("time[datetime='2026-12-01T10:00:00Z']").first()).containsText("01.12.2026, 11:00");

            Locator profile = page.locator("svg#competency-profile");
            assertThat(profile).hasAttribute("role", "img");
            assertThat(page.locator("#competency-profile-desc")).isAttached();
            assertThat(profile.getAttribute("aria-labelledby")).isEqualTo("competency-profile-title competency-profile-desc");
            String description = page.locator("#competency-profile-desc").textContent();
            for (Map<String, Object> competency : json.<List<Map<String, Object>>>get("competencies")) {
                double score = ((Number) competency.get("score")).doubleValue();
                assertThat(description).contains(competency.get("competencyName") + ": W_c " + String.format(java.util.Locale.ROOT, "%.2f", score));
                double width = Double.parseDouble(profile.locator("rect.wc[data-competency='" + competency.get("competency") + "']")
                        .getAttribute("width"));
                assertThat(width).isCloseTo(CandidateCharts.x(score) - CandidateCharts.x(1), within(0.01));
            }

            Locator items = page.locator("svg#item-scores-0");
            assertThat(items).hasAttribute("role", "img");
            List<Map<String, Object>> itemReports = json.get("interviews[0].items");
            assertThat(items.locator("circle.score")).hasCount(itemReports.stream().mapToInt(item -> ((List<?>) item.get("scores")).size()).sum());
            String itemsSaid = page.locator("#item-scores-0-desc").textContent();
            for (Map<String, Object> item : itemReports) {
                StringBuilder said = new StringBuilder("Item " + item.get("position") + " (" + item.get("questionCode") + "): ");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> scores = (List<Map<String, Object>>) item.get("scores");
                said.append(String.join(", ", scores.stream().map(s -> s.get("interviewerName") + " " + s.get("score")).toList()));
                assertThat(itemsSaid).contains(said + ", spread " + item.get("spread"));
            }
            assertThat(items.locator("line.range[stroke='#a61b1b']")).hasCount(1); // item 3: Ivy 4, Jon 2, spread 2
            Axe.check(page);

            page.setViewportSize(390, 844);
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(390);
            Axe.check(page);
        }
    }

    @Test
    void printingTheCandidateViewGivesTheSamePagesAsPrintingReportHtml() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/candidates/" + candidate, tenant.hiringManager());
            assertThat(page.locator("#candidate-report h1")).hasText("Ada Lovelace");
            List<String> fromThePage = PrintedPages.of(page);

            Page printable = context.newPage();
            printable.setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + tenant.hiringManager().token()));
            printable.navigate(server.getURI() + "/api/v1/candidates/" + candidate + "/report.html");
            List<String> fromReportHtml = PrintedPages.of(printable);

            assertThat(fromThePage.get(0)).startsWith("Ada Lovelace").contains("Summary").doesNotContain("Opening").doesNotContain("Print")
                    .doesNotContain("Record the final decision");
            String last = fromThePage.get(fromThePage.size() - 1);
            assertThat(String.join("\n", fromThePage)).contains("How this was computed");
            assertThat(last.replaceAll("\\s+", " ")).contains("clamped to 1-4.");
            assertThat(fromThePage).hasSameSizeAs(fromReportHtml);
            for (int i = 0; i < fromThePage.size(); i++) {
                assertThat(fromThePage.get(i).replaceAll("\\s+", " ")).as("page " + (i + 1))
                        .isEqualTo(fromReportHtml.get(i).replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theHiringManagerRecordsADecisionThatDepartsFromTheSuggestionWithItsReason() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/candidates/" + candidate, tenant.hiringManager());
            assertThat(page.locator("#decision")).isVisible();
            assertThat(page.locator("#decision-context")).containsText("Suggested decision: Discuss");

            page.getByLabel("Hold: the candidate stays active, undecided").check();
            assertThat(page.locator("#decision-reason-label")).hasText("Reason");
            page.getByLabel("Hire", new Page.GetByLabelOptions().setExact(true)).check();
            assertThat(page.locator("#decision-reason-label")).hasText("Why do you decide differently from the suggestion (Discuss)?");
            assertThat(page.locator("#decision-departs")).isVisible();
            Axe.check(page);
            page.getByLabel("Why do you decide differently from the suggestion (Discuss)?").fill("Jon's concern is covered by the take-home");
            page.click("#decide");

            assertThat(page.locator("#save-status")).containsText("Decision recorded: Hire.");
            assertThat(page.locator("#final-decision")).containsText("Hire by Test HIRING_MANAGER");
            assertThat(page.locator("#final-decision")).containsText("departs from the suggestion then, Discuss");
            assertThat(page.locator("#final-decision")).containsText("Jon's concern is covered by the take-home");
        }
        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=CANDIDATE&entityId=" + candidate);
        Map<String, Object> decided = audit.items().stream().filter(event -> "DECIDED".equals(event.get("action"))).findFirst().orElseThrow();
        assertThat(decided.get("after").toString()).contains("decision=HIRE").contains("suggestedDecision=DISCUSS")
                .contains("Jon's concern is covered by the take-home");

        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html#/candidates/" + candidate, tenant.recruiter());
            assertThat(page.locator("#final-decision")).containsText("Hire by Test HIRING_MANAGER");
            assertThat(page.locator("#decision")).isHidden();
        }
    }
}
