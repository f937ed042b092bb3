package dev.tally.report;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable candidate report in a real Chromium: what users typed never runs, and it prints on one to three A4 pages. */
class PrintableReportBrowserTest extends ApiTest {

    @Test
    void theReportRendersEscapedAndPrintsOnOneToThreePages() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String name = "<img src=x onerror=\"window.pwned = 1\"> Ada";
        UUID candidate = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/candidates",
                Map.of("openingId", opening.id(), "name", name, "email", "ada@example.test")).string("id"));
        List<Member> panel = List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER"), fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-01T10:00:00Z",
                "panel", panel.stream().map(Member::id).toList())).string("id"));
        hiring.submitAComplete(panel.get(0), interview, 3, "YES");
        hiring.submitAComplete(panel.get(1), interview, 4, "STRONG_YES");

        try (BrowserContext context = Chromium.shared().browser().newContext(new Browser.NewContextOptions()
                .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + tenant.hiringManager().token())))) {
            Page page = context.newPage();
            page.navigate(server.getURI() + "/api/v1/candidates/" + candidate + "/report.html");

            assertThat(page.locator("h1").textContent()).isEqualTo(name);
            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(page.locator("img").count()).isZero();
            assertThat(page.locator("#suggested-decision").textContent()).isEqualTo("Advance");
            assertThat(page.locator("h1").evaluate("h1 => getComputedStyle(h1).fontSize")).isEqualTo("21.3333px"); // its stylesheet's 16pt
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true));
            assertThat(pages(pdf)).isBetween(1, 3);
            Axe.check(page);
            page.setViewportSize(390, 844);
            assertThat(page.evaluate("() => document.scrollingElement.scrollWidth")).isEqualTo(390);
            Axe.check(page);
        }
    }

    /** Page objects in the PDF: "/Type /Page" but not "/Type /Pages". */
    private static int pages(byte[] pdf) {
        Matcher page = Pattern.compile("/Type\\s*/Page(?![s])").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (page.find()) {
            count++;
        }
        return count;
    }
}
