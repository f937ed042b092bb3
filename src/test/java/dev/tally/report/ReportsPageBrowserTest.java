package dev.tally.report;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The hiring reports page in a real Chromium: the opening's candidates, filtered and exported, and a candidate's report. */
class ReportsPageBrowserTest extends ApiTest {

    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned = 1\"> Ada";

    private Tenant tenant;

    /** Grace: both interviewers give 3 and say yes, W 3.00, ADVANCE. Ada: 4 and 2, yes and no, W 3.00, DISCUSS. */
    @BeforeEach
    void anOpeningWithTwoInterviewedCandidates() {
        tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        List<Member> panel = List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER"), fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        UUID grace = interviewOf(opening, hiring.aCandidate(tenant, opening, "Grace Hopper"), panel);
        hiring.submitAComplete(panel.get(0), grace, 3, "YES");
        hiring.submitAComplete(panel.get(1), grace, 3, "YES");
        UUID ada = interviewOf(opening, hiring.aCandidate(tenant, opening, HOSTILE_NAME), panel);
        hiring.submitAComplete(panel.get(0), ada, 4, "YES");
        hiring.submitAComplete(panel.get(1), ada, 2, "NO");
    }

    @Test
    void aHiringManagerFiltersTheOpeningExportsItAndReadsACandidatesReasons() throws IOException {
        try (BrowserContext context = Chromium.shared().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html", tenant.hiringManager());
            assertThat(page.locator("#openings-info")).hasText("1 opening(s) · page 1 of 1");
            page.click("#openings a");

            assertThat(page.locator("#opening-rows tr")).hasCount(2);
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);
            assertThat(page.locator("#opening-rows tr", new Page.LocatorOptions().setHasText("Grace Hopper")))
                    .containsText(new String[] {"3.00"});
            assertThat(page.locator("#opening-rows tr", new Page.LocatorOptions().setHasText("Grace Hopper"))).containsText("Advance");

            page.selectOption("select[name=decision]", "DISCUSS");
            assertThat(page.locator("#opening-rows tr")).hasCount(1);
            assertThat(page.locator("#opening-rows tr")).containsText(HOSTILE_NAME);

            Download export = page.waitForDownload(() -> page.click("#download-report"));
            String csv = Files.readString(export.path(), StandardCharsets.UTF_8);
            assertThat(csv).contains("Grace Hopper").contains("DISCUSS");

            assertThat(export.suggestedFilename()).endsWith(".csv").startsWith("opening-");

            page.click("#opening-rows a");
            Locator report = page.locator("#candidate-report");
            assertThat(report.locator("h1")).hasText(HOSTILE_NAME);
            assertThat(report).containsText("Discuss");
            assertThat(report).containsText("recommended hiring");
            assertThat(report.locator("h1")).hasCSS("font-size", "21.3333px"); // 16pt: the report's stylesheet applies
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(report.locator("img")).hasCount(0);
            Axe.check(page);
        }
    }

    /** Reports are tagged by what changed in the organisation: a reload that finds nothing changed is answered 304. */
    @Test
    void aReloadOfAnOpeningAndACandidateFindsTheirReportsNotModified() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html", tenant.hiringManager());
            page.click("#openings a");
            assertThat(page.locator("#opening-rows tr")).hasCount(2);
            List<String> reads = new CopyOnWriteArrayList<>();
            page.onResponse(response -> {
                String path = URI.create(response.url()).getPath();
                if (path.endsWith("/report") || path.endsWith("/report/summary") || path.endsWith("/report.html")) {
                    reads.add(path.replaceAll("[0-9a-f-]{36}", "{id}") + " " + response.status());
                }
            });

            page.reload();
            assertThat(page.locator("#opening-rows tr")).hasCount(2);
            page.click("#opening-rows a");
            assertThat(page.locator("#candidate-report h1")).isVisible();
            page.reload();
            assertThat(page.locator("#candidate-report h1")).isVisible();

            assertThat(reads).containsExactly("/api/v1/openings/{id}/report 304", "/api/v1/openings/{id}/report/summary 304",
                    "/api/v1/candidates/{id}/report.html 200", "/api/v1/candidates/{id}/report 200",
                    "/api/v1/candidates/{id}/report.html 304", "/api/v1/candidates/{id}/report 304");
        }
    }

    @Test
    void aReportRefusedAtCapacityIsAskedForAgainAfterItsRetryAfterAndTheReaderIsToldMeanwhile() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            AtomicInteger asked = refusingTheFirstSummary(context);
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html", tenant.hiringManager());
            page.click("#openings a");

            assertThat(page.locator("#save-status")).containsText("busy with other reports");
            assertThat(page.locator("#opening-rows tr")).hasCount(2);
            assertThat(page.locator("#save-status")).not().containsText("busy");
            assertThat(asked.get()).as("refused once, then answered").isEqualTo(2);
        }
    }

    @Test
    void aReaderWhoGoesBackWhileAReportIsAskedForAgainStaysWhereTheyWent() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            AtomicInteger asked = refusingTheFirstSummary(context);
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html", tenant.hiringManager());
            page.click("#openings a");
            assertThat(page.locator("#save-status")).containsText("busy with other reports");
            page.evaluate("() => { location.hash = '#/'; }");

            assertThat(page.locator("#openings-view")).isVisible();
            page.waitForCondition(() -> asked.get() == 2);
            page.waitForTimeout(300); // the retried view would be drawn right after its answer
            assertThat(page.locator("#openings-view")).isVisible();
            assertThat(page.locator("#opening-view")).isHidden();
        }
    }

    @Test
    void anInterviewerIsToldReportsAreNotForThem() {
        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/reports.html", tenant.interviewer());

            assertThat(page.locator("#save-status")).containsText("for hiring managers, recruiters and admins");
            assertThat(page.locator("#openings li")).hasCount(0);
        }
    }

    /**
     * The opening's summary answered once with the 503 the service gives at report capacity (ReportCapacityTest tests
     * that 503 itself), then by the service; counts the summaries the page asked for.
     */
    private static AtomicInteger refusingTheFirstSummary(BrowserContext context) {
        AtomicInteger asked = new AtomicInteger();
        context.route("**/report/summary", route -> {
            if (asked.getAndIncrement() == 0) {
                route.fulfill(new Route.FulfillOptions().setStatus(503)
                        .setHeaders(Map.of("Retry-After", "1", "Content-Type", "application/problem+json"))
                        .setBody("{\"type\":\"urn:tally:problem:reports-at-capacity\",\"status\":503}"));
            } else {
                route.resume();
            }
        });
        return asked;
    }

    private UUID interviewOf(Opening opening, UUID candidate, List<Member> panel) {
        return UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-01T10:00:00Z",
                "panel", panel.stream().map(Member::id).toList())).string("id"));
    }
}
