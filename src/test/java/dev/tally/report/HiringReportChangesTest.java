package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.support.HiringFixtures.ORM_IGNORANCE;
import static dev.tally.support.HiringFixtures.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reports after changes to the {@link HandComputedHiring hand-computed organisation}: a final decision, more candidates
 * and scorecards. Each test changes what the others would read, so each builds an organisation of its own.
 */
class HiringReportChangesTest extends ApiTest {

    private HandComputedHiring world;
    private Tenant tenant;
    private Member p1;
    private Member p2;
    private UUID opening;
    private UUID screen;
    private UUID xavier;
    private UUID victor;

    @BeforeEach
    void theFixture() {
        world = new HandComputedHiring(fixtures, hiring);
        tenant = world.tenant;
        p1 = world.p1;
        p2 = world.p2;
        opening = world.opening;
        screen = world.screen;
        xavier = world.xavier;
        victor = world.victor;
    }

    @Test
    void theFinalDecisionIsShownNextToTheSuggestedOne() {
        api.post(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/decision", Map.of("decision", "HIRE", "reason", "Debrief agreed"));

        Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/report");
        Response opening = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + this.opening + "/report?sort=name&direction=asc");

        assertThat(report.string("finalDecision.decision")).isEqualTo("HIRE");
        assertThat(report.string("finalDecision.reason")).isEqualTo("Debrief agreed");
        assertThat(report.string("suggestedDecision.decision")).isEqualTo("DISCUSS");
        assertThat(opening.string("items[1].finalDecision")).isEqualTo("HIRE");
    }

    @Test
    void theExportsOpenCorrectlyInASpreadsheet() {
        UUID odd = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening,
                "name", "Zoë \"Zed\" Ångström, Jr.", "email", "zoe.angstrom@example.test")).string("id"));
        UUID interview = interview(odd, screen, p2);
        String base = "/api/v1/interviews/" + interview + "/scorecard";
        int version = api.put(p2.token(), base + "/items/1", Map.of("baseVersion", 0, "score", 4, "keyPoints", List.of(0, 1),
                "note", "Said \"it depends\", then\nexplained =SUM(A1) calmly")).<Number>get("version").intValue();
        version = api.put(p2.token(), base + "/items/2", Map.of("baseVersion", version, "score", 3)).<Number>get("version").intValue();
        version = api.put(p2.token(), base + "/overall", Map.of("baseVersion", version, "recommendation", "YES")).<Number>get("version").intValue();
        api.post(p2.token(), base + "/submit", Map.of("baseVersion", version));

        Response openingCsv = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening + "/report.csv?sort=name&direction=asc");
        Response scoresCsv = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening + "/scores.csv");

        assertThat(openingCsv.status()).isEqualTo(200);
        assertThat(openingCsv.contentType()).startsWith("text/csv");
        assertThat(openingCsv.header("Content-Disposition")).contains("attachment");
        List<List<String>> rows = dev.tally.support.CsvReader.read(openingCsv.body());
        assertThat(rows.get(0)).contains("candidate", "W", "percent", "suggested decision", "W ORM");
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(rows.get(0).size()));
        List<String> xavierRow = rows.stream().filter(row -> row.get(0).equals("Xavier")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(xavierRow.get(rows.get(0).indexOf("W")))).isCloseTo(21.5 / 7.5, within(1e-4));
        assertThat(xavierRow.get(rows.get(0).indexOf("suggested decision"))).isEqualTo("DISCUSS");
        assertThat(rows).extracting(row -> row.get(0)).contains("Zoë \"Zed\" Ångström, Jr.");

        List<List<String>> scores = dev.tally.support.CsvReader.read(scoresCsv.body());
        assertThat(scores.get(0)).containsExactly("candidate", "interview", "stage", "interviewer", "question", "question version", "item",
                "score", "not assessed", "key points", "note", "submitted at", "revision");
        List<String> oddScore = scores.stream().filter(row -> row.get(0).startsWith("Zoë") && row.get(6).equals("1")).findFirst().orElseThrow();
        assertThat(oddScore.get(4)).isEqualTo("Q2");
        assertThat(oddScore.get(7)).isEqualTo("4");
        assertThat(oddScore.get(10)).isEqualTo("Said \"it depends\", then\nexplained =SUM(A1) calmly");
        assertThat(oddScore.get(9)).contains("; ");
        List<String> amended = scores.stream().filter(row -> row.get(0).equals("Xavier") && row.get(12).equals("2") && row.get(6).equals("3")).findFirst().orElseThrow();
        assertThat(amended.get(10)).isEqualTo("Re-read my notes: they did mention CSRF");
        assertThat(scores.stream().filter(row -> row.get(0).equals("Yvonne")).map(row -> row.get(3)).distinct().toList())
                .as("drafts never count").hasSize(1);
    }

    @Test
    void thePrintablePageEscapesEverythingUsersTyped() {
        UUID hostile = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening,
                "name", "<script>alert('x')</script>", "email", "x@example.test")).string("id"));
        UUID interview = interview(hostile, screen, p1);
        world.scoring(p1, interview).score(1, 3).note("Evidence for 3").score(2, 3).note("Evidence for 3").notAssessed(3, "Ran out of time")
                .flag(ORM_IGNORANCE, "<img src=x onerror=alert(1)>").recommend("YES").submit();

        Response page = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + hostile + "/report.html");
        Response refused = api.get(p1.token(), "/api/v1/candidates/" + hostile + "/report.html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;")
                .doesNotContain("<script>", "<img").contains("Overall W", "How this was computed", "href=\"/app/report.css\"");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.get(null, "/app/report.css").body()).contains("@page");
        assertThat(refused.status()).isEqualTo(403);
    }

    private UUID interview(UUID candidate, UUID stage, Member... panel) {
        return world.interview(candidate, stage, panel);
    }
}
