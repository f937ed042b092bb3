package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.support.HiringFixtures.ORM_IGNORANCE;
import static dev.tally.support.HiringFixtures.SECURITY_NEGLIGENCE;
import static dev.tally.support.HiringFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-computed fixture. Kit K1 (screen): 1 = Q2 ORM weight 2, 2 = Q10 SECURITY weight 1, 3 = Q13 TESTING weight 1
 * (optional); minOverall 2, minimum SECURITY 2, spread 2; security negligence is a knockout. Kit K2 (onsite): 1 = Q7 ORM
 * weight 1.5, 2 = Q18 ORM weight 1, 3 = Q11 SECURITY weight 1; minOverall 2.5, spread 2.
 * <ul>
 * <li>Xavier, screen by P1 (3, 2, not assessed; YES) and P2 (4, 3, 2; STRONG_YES; raises ORM ignorance):
 * Q2 mean 3.5, Q10 2.5, Q13 2; W = (2·3.5 + 2.5 + 2) / 4 = 2.875: ADVANCE. Onsite by P1 (4, 3, 3; YES) and P3 (2, 3, 1; NO),
 * then P3 amends Q11 to 2: Q7 mean 3 with spread 2, Q18 3, Q11 2.5 (originally 2); W = (4.5 + 3 + 2.5) / 3.5 = 2.857: DISCUSS.
 * Candidate: Σ w·mean = 7 + 2.5 + 2 + 4.5 + 3 + 2.5 = 21.5 over Σ w = 7.5, W = 2.8667 (62.22 %); originally 21 / 7.5 = 2.8.
 * W_ORM = (7 + 4.5 + 3) / 4.5 = 3.2222, W_SECURITY = 2.5, W_TESTING = 2 (single rater). Suggested: DISCUSS.</li>
 * <li>Yvonne, screen: P1 raises the knockout (1, 1, not assessed; DEFINITELY_NO), P2 never submits; onsite by P3 not
 * submitted. W = (2 + 1) / 3 = 1.0: REJECT (knockout outranks the incomplete panel).</li>
 * <li>Victor, screen by P2 alone (2, 1, 2; NO): W = (4 + 1 + 2) / 4 = 1.75 below 2, W_SECURITY 1 below 2: REJECT.</li>
 * <li>Zoe, no interviews: INCOMPLETE, no score.</li>
 * </ul>
 */
class HiringReportTest extends ApiTest {

    private Tenant tenant;
    private Member p1;
    private Member p2;
    private Member p3;
    private UUID opening;
    private UUID screen;
    private UUID onsite;
    private UUID xavier;
    private UUID yvonne;
    private UUID victor;
    private UUID zoe;

    @BeforeEach
    void theFixture() {
        tenant = fixtures.anOrganisation();
        p1 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        p2 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        p3 = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        UUID k1 = publishedKit(List.of(item(2, 2, true), item(10, 1, true), item(13, 1, false)), List.of(ORM_IGNORANCE, SECURITY_NEGLIGENCE),
                Map.of("minOverall", 2, "minPerCompetency", Map.of("SECURITY", 2), "disagreementSpread", 2));
        UUID k2 = publishedKit(List.of(item(7, 1.5, true), item(18, 1, true), item(11, 1, true)), List.of(SECURITY_NEGLIGENCE),
                Map.of("minOverall", 2.5, "disagreementSpread", 2));
        Response created = api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of("title", "Django lead",
                "hiringManagerId", tenant.hiringManager().id(), "stages", List.of(
                        Map.of("name", "Screen", "kitId", k1, "kitVersion", 1), Map.of("name", "Onsite", "kitId", k2, "kitVersion", 1))));
        opening = UUID.fromString(created.string("id"));
        screen = UUID.fromString(created.string("stages[0].id"));
        onsite = UUID.fromString(created.string("stages[1].id"));
        HiringFixtures.Opening ref = new HiringFixtures.Opening(opening, screen, onsite, null, null);
        xavier = hiring.aCandidate(tenant, ref, "Xavier");
        yvonne = hiring.aCandidate(tenant, ref, "Yvonne");
        victor = hiring.aCandidate(tenant, ref, "Victor");
        zoe = hiring.aCandidate(tenant, ref, "Zoe");

        UUID x1 = interview(xavier, screen, p1, p2);
        score(p1, x1, Map.of(1, 3, 2, 2), List.of(3), "YES", Map.of());
        score(p2, x1, Map.of(1, 4, 2, 3, 3, 2), List.of(), "STRONG_YES", Map.of(ORM_IGNORANCE, "Wanted raw SQL for every query"));
        UUID x2 = interview(xavier, onsite, p1, p3);
        score(p1, x2, Map.of(1, 4, 2, 3, 3, 3), List.of(), "YES", Map.of());
        score(p3, x2, Map.of(1, 2, 2, 3, 3, 1), List.of(), "NO", Map.of());
        amend(p3, x2, 3, 2, "Re-read my notes: they did mention CSRF");

        UUID y1 = interview(yvonne, screen, p1, p2);
        score(p1, y1, Map.of(1, 1, 2, 1), List.of(3), "DEFINITELY_NO", Map.of(SECURITY_NEGLIGENCE, "Stored passwords in plain text"));
        api.put(p2.token(), "/api/v1/interviews/" + y1 + "/scorecard/items/1", Map.of("baseVersion", 0, "score", 4, "note", "draft"));
        interview(yvonne, onsite, p3);

        UUID v1 = interview(victor, screen, p2);
        score(p2, v1, Map.of(1, 2, 2, 1, 3, 2), List.of(), "NO", Map.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCandidateReportGivesTheHandComputedValuesAndExplainsItsDecision() {
        Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/report");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.number("overall.score")).isCloseTo(21.5 / 7.5, within(1e-9));
        assertThat(report.number("overall.percent")).isCloseTo((21.5 / 7.5 - 1) / 3 * 100, within(1e-9));
        assertThat(report.number("leniencyAdjusted.score")).as("nobody has 10 comparisons yet").isCloseTo(21.5 / 7.5, within(1e-9));
        assertThat(report.string("amended")).isEqualTo("true");
        assertThat(report.number("originalOverall.score")).isCloseTo(2.8, within(1e-9));
        assertThat(competency(report, "ORM").get("score")).satisfies(v -> assertThat(((Number) v).doubleValue()).isCloseTo(14.5 / 4.5, within(1e-9)));
        assertThat(competency(report, "SECURITY").get("score")).satisfies(v -> assertThat(((Number) v).doubleValue()).isCloseTo(2.5, within(1e-9)));
        assertThat(competency(report, "ORM").get("raters")).isEqualTo(3);
        assertThat(competency(report, "ORM").get("coverage")).isEqualTo("covered");
        assertThat(competency(report, "TESTING").get("raters")).isEqualTo(1);
        assertThat(competency(report, "TESTING").get("coverage")).isEqualTo("single rater");
        assertThat(report.<Map<String, Object>>get("recommendations")).containsEntry("YES", 2).containsEntry("STRONG_YES", 1).containsEntry("NO", 1);
        assertThat(report.string("suggestedDecision.decision")).isEqualTo("DISCUSS");
        assertThat(report.<List<Map<String, Object>>>get("suggestedDecision.reasons")).extracting(r -> r.get("rule"))
                .containsExactlyInAnyOrder("DISAGREEMENT", "MIXED_RECOMMENDATIONS");
        Map<String, Object> disagreement = report.<List<Map<String, Object>>>get("suggestedDecision.reasons").stream()
                .filter(r -> r.get("rule").equals("DISAGREEMENT")).findFirst().orElseThrow();
        assertThat(disagreement).containsEntry("questionCode", "Q7").containsEntry("itemPosition", 1).containsEntry("stage", "Onsite");
        assertThat((String) disagreement.get("message")).contains("from 2 to 4");
        assertThat(report.string("formula")).contains("Σ w_i·mean_i / Σ w_i");

        Map<String, Object> screenReport = report.<List<Map<String, Object>>>get("interviews").get(0);
        assertThat(screenReport.get("stage")).isEqualTo("Screen");
        assertThat(((Number) ((Map<String, Object>) screenReport.get("overall")).get("score")).doubleValue()).isCloseTo(2.875, within(1e-9));
        assertThat(((Map<String, Object>) screenReport.get("decision")).get("decision")).isEqualTo("ADVANCE");
        List<Map<String, Object>> screenItems = (List<Map<String, Object>>) screenReport.get("items");
        assertThat(screenItems.get(0)).containsEntry("questionCode", "Q2").containsEntry("n", 2).containsEntry("min", 3).containsEntry("max", 4)
                .containsEntry("spread", 1);
        assertThat(((Number) screenItems.get(0).get("mean")).doubleValue()).isEqualTo(3.5);
        assertThat(screenItems.get(2)).containsEntry("n", 1).containsEntry("spread", 0);
        assertThat((List<Map<String, Object>>) screenItems.get(2).get("scores")).extracting(s -> s.get("notAssessed")).contains(true, false);
        Map<String, Object> onsiteReport = report.<List<Map<String, Object>>>get("interviews").get(1);
        assertThat(((Number) ((Map<String, Object>) onsiteReport.get("overall")).get("score")).doubleValue()).isCloseTo(10 / 3.5, within(1e-9));
        assertThat((List<Map<String, Object>>) onsiteReport.get("panel")).extracting(p -> p.get("amended")).containsExactlyInAnyOrder(false, true);
        assertThat(report.<List<Map<String, Object>>>get("redFlags")).singleElement()
                .satisfies(flag -> assertThat(flag).containsEntry("title", "ORM ignorance").containsEntry("knockout", false)
                        .containsEntry("note", "Wanted raw SQL for every query"));
    }

    @Test
    void aKnockoutOutranksAnIncompletePanel() {
        Response report = api.get(tenant.recruiter().token(), "/api/v1/candidates/" + yvonne + "/report");

        assertThat(report.number("overall.score")).isCloseTo(1.0, within(1e-9));
        assertThat(report.number("overall.percent")).isCloseTo(0.0, within(1e-9));
        assertThat(report.string("suggestedDecision.decision")).isEqualTo("REJECT");
        assertThat(report.<List<Map<String, Object>>>get("suggestedDecision.reasons")).singleElement()
                .satisfies(reason -> assertThat(reason).containsEntry("rule", "KNOCKOUT").containsEntry("redFlag", "Security negligence")
                        .containsEntry("interviewer", "Test INTERVIEWER"));
        assertThat(report.<List<Map<String, Object>>>get("interviews")).extracting(i -> (Object) ((Map<?, ?>) i.get("decision")).get("decision"))
                .containsExactly("REJECT", "INCOMPLETE");
        assertThat(report.<List<String>>get("notSubmitted")).hasSize(2);
        assertThat(report.string("amended")).isEqualTo("false");
        assertThat(report.<Object>get("originalOverall")).isNull();
        assertThat(report.body()).doesNotContain("draft");
    }

    @Test
    void scoresBelowTheKitsMinimumsRejectWithBothReasons() {
        Response report = api.get(tenant.admin().token(), "/api/v1/candidates/" + victor + "/report");

        assertThat(report.number("overall.score")).isCloseTo(1.75, within(1e-9));
        assertThat(report.string("suggestedDecision.decision")).isEqualTo("REJECT");
        assertThat(report.<List<Map<String, Object>>>get("suggestedDecision.reasons")).extracting(r -> r.get("rule"))
                .containsExactly("BELOW_MIN_OVERALL", "BELOW_MIN_COMPETENCY");
        assertThat(report.number("suggestedDecision.reasons[1].value")).isEqualTo(1.0);
        assertThat(report.number("suggestedDecision.reasons[1].threshold")).isEqualTo(2.0);
    }

    @Test
    void aCandidateWithoutInterviewsIsIncomplete() {
        Response report = api.get(tenant.admin().token(), "/api/v1/candidates/" + zoe + "/report");

        assertThat(report.string("suggestedDecision.decision")).isEqualTo("INCOMPLETE");
        assertThat(report.string("suggestedDecision.reasons[0].rule")).isEqualTo("NO_INTERVIEWS");
        assertThat(report.<Object>get("overall.score")).isNull();
    }

    @Test
    void theOpeningReportHasARowPerCandidateSortedFilteredAndPaginated() {
        String path = "/api/v1/openings/" + opening + "/report";

        Response byScore = api.get(tenant.hiringManager().token(), path);
        Response byName = api.get(tenant.hiringManager().token(), path + "?sort=name&direction=asc");
        Response rejected = api.get(tenant.hiringManager().token(), path + "?decision=REJECT");
        Response atOnsite = api.get(tenant.hiringManager().token(), path + "?stageId=" + onsite);
        Response firstPage = api.get(tenant.hiringManager().token(), path + "?size=2&page=1&sort=name&direction=asc");
        Response badSort = api.get(tenant.hiringManager().token(), path + "?sort=vibes");

        assertThat(byScore.items()).extracting(row -> row.get("name")).containsExactly("Xavier", "Victor", "Yvonne", "Zoe");
        assertThat(byScore.number("items[0].overall.score")).isCloseTo(21.5 / 7.5, within(1e-9));
        assertThat(byScore.number("items[0].competencies.ORM")).isCloseTo(14.5 / 4.5, within(1e-9));
        assertThat(byScore.items()).extracting(row -> row.get("suggestedDecision")).containsExactly("DISCUSS", "REJECT", "REJECT", "INCOMPLETE");
        assertThat(byScore.items().get(0).get("recommendations")).isEqualTo(Map.of("YES", 2, "STRONG_YES", 1, "NO", 1));
        assertThat(byScore.number("items[0].progress.stagesPlanned")).isEqualTo(2);
        assertThat(byScore.number("items[0].progress.stagesCompleted")).isEqualTo(2);
        assertThat(byScore.number("items[2].progress.interviewsScheduled")).isEqualTo(2);
        assertThat(byScore.number("items[2].progress.interviewsCompleted")).isEqualTo(0);
        assertThat(byScore.number("items[2].knockouts")).isEqualTo(1);
        assertThat(byName.items()).extracting(row -> row.get("name")).containsExactly("Victor", "Xavier", "Yvonne", "Zoe");
        assertThat(rejected.items()).extracting(row -> row.get("name")).containsExactly("Victor", "Yvonne");
        assertThat(atOnsite.items()).extracting(row -> row.get("name")).containsExactlyInAnyOrder("Xavier", "Yvonne");
        assertThat(firstPage.items()).extracting(row -> row.get("name")).containsExactly("Yvonne", "Zoe");
        assertThat(firstPage.string("totalItems")).isEqualTo("4");
        assertProblem(badSort, 400);
        assertThat(badSort.errorFields()).containsExactly("sort");
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
    void reportsAreForTheOpeningsHiringManagerRecruitersAndAdminsOnly() {
        String candidate = "/api/v1/candidates/" + xavier + "/report";
        String openingReport = "/api/v1/openings/" + opening + "/report";

        for (Member allowed : List.of(tenant.admin(), tenant.recruiter(), tenant.hiringManager())) {
            assertThat(api.get(allowed.token(), candidate).status()).isEqualTo(200);
            assertThat(api.get(allowed.token(), openingReport).status()).isEqualTo(200);
        }
        for (Member refused : List.of(p1, tenant.interviewer(), fixtures.aMember(tenant.admin(), "HIRING_MANAGER"))) {
            assertProblem(api.get(refused.token(), candidate), 403);
            assertProblem(api.get(refused.token(), openingReport), 403);
            assertProblem(api.get(refused.token(), openingReport + ".csv"), 403);
            assertProblem(api.get(refused.token(), "/api/v1/openings/" + opening + "/scores.csv"), 403);
        }
        assertProblem(api.get(fixtures.anOrganisation().admin().token(), "/api/v1/openings/" + opening + "/scores.csv"), 404);
        assertProblem(api.get(fixtures.anOrganisation().admin().token(), openingReport + ".csv"), 404);
        assertProblem(api.get(null, candidate), 401);
        Tenant stranger = fixtures.anOrganisation();
        assertProblem(api.get(stranger.admin().token(), candidate), 404);
        assertProblem(api.get(stranger.admin().token(), openingReport), 404);
        assertProblem(api.get(tenant.admin().token(), "/api/v1/candidates/" + UUID.randomUUID() + "/report"), 404);
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
        score(p1, interview, Map.of(1, 3, 2, 3), List.of(3), "YES", Map.of(ORM_IGNORANCE, "<img src=x onerror=alert(1)>"));

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

    @Test
    void questionAnalyticsTellWhichQuestionsWork() {
        api.post(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/decision", Map.of("decision", "HIRE", "reason", "Yes"));
        api.post(tenant.hiringManager().token(), "/api/v1/candidates/" + victor + "/decision", Map.of("decision", "NO_HIRE", "reason", "No"));

        Response q2 = api.get(tenant.recruiter().token(), "/api/v1/questions/" + question(2) + "/analytics");
        Response all = api.get(tenant.hiringManager().token(), "/api/v1/question-analytics");
        Response neverAsked = api.get(tenant.recruiter().token(), "/api/v1/questions/" + question(20) + "/analytics");

        assertThat(q2.number("timesAsked")).isEqualTo(3);
        assertThat(q2.number("answers")).isEqualTo(4);
        assertThat(q2.<Map<String, Object>>get("scores")).containsEntry("1", 1).containsEntry("2", 1).containsEntry("3", 1).containsEntry("4", 1);
        assertThat(q2.number("mean")).isCloseTo(2.5, within(1e-9));
        assertThat(q2.number("hiredMean")).isCloseTo(3.5, within(1e-9));
        assertThat(q2.number("notHiredMean")).isCloseTo(2.0, within(1e-9));
        assertThat(q2.number("hiredCandidates")).isEqualTo(1);
        assertThat(q2.string("alpha.status")).isEqualTo("insufficient data");
        Map<String, Object> q13 = all.<List<Map<String, Object>>>get("").stream().filter(q -> q.get("questionCode").equals("Q13")).findFirst().orElseThrow();
        assertThat(((Number) q13.get("notAssessedRate")).doubleValue()).isCloseTo(0.5, within(1e-9));
        assertThat(neverAsked.number("timesAsked")).isEqualTo(0);
        assertThat(neverAsked.<Object>get("mean")).isNull();
        assertProblem(api.get(p1.token(), "/api/v1/questions/" + question(2) + "/analytics"), 403);
        assertProblem(api.get(p1.token(), "/api/v1/question-analytics"), 403);
        assertProblem(api.get(tenant.recruiter().token(), "/api/v1/questions/" + UUID.randomUUID() + "/analytics"), 404);
        assertThat(api.get(fixtures.anOrganisation().admin().token(), "/api/v1/questions/" + question(2) + "/analytics").number("timesAsked"))
                .as("another organisation's interviews do not count").isEqualTo(0);
    }

    private static Map<String, Object> competency(Response report, String code) {
        return report.<List<Map<String, Object>>>get("competencies").stream().filter(c -> c.get("competency").equals(code))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> item(int question, double weight, boolean required) {
        return Map.of("questionId", question(question), "weight", weight, "timeBoxMinutes", 10, "required", required);
    }

    private UUID publishedKit(List<Map<String, Object>> items, List<String> flags, Map<String, Object> rules) {
        Response kit = api.post(tenant.recruiter().token(), "/api/v1/kits", Map.of("name", "Report kit", "role", "Backend", "level", "Senior",
                "items", items, "redFlagIds", flags, "rules", rules));
        api.post(tenant.recruiter().token(), "/api/v1/kits/" + kit.string("id") + "/publish", null);
        return UUID.fromString(kit.string("id"));
    }

    private UUID interview(UUID candidate, UUID stage, Member... panel) {
        Response interview = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate, "stageId", stage,
                "scheduledAt", stage.equals(screen) ? "2026-12-01T09:00:00Z" : "2026-12-08T09:00:00Z",
                "panel", List.of(panel).stream().map(Member::id).toList()));
        assertThat(interview.status()).as(interview.toString()).isEqualTo(201);
        return UUID.fromString(interview.string("id"));
    }

    /** Scores the given positions (every score gets a note), marks the others not assessed, raises flags, and submits. */
    private void score(Member interviewer, UUID interview, Map<Integer, Integer> scores, List<Integer> notAssessed, String recommendation,
                       Map<String, String> flags) {
        String base = "/api/v1/interviews/" + interview + "/scorecard";
        int version = 0;
        List<Map.Entry<Integer, Integer>> ordered = new ArrayList<>(scores.entrySet());
        ordered.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Integer, Integer> score : ordered) {
            version = api.put(interviewer.token(), base + "/items/" + score.getKey(),
                    Map.of("baseVersion", version, "score", score.getValue(), "note", "Evidence for " + score.getValue())).<Number>get("version").intValue();
        }
        for (int position : notAssessed) {
            version = api.put(interviewer.token(), base + "/items/" + position,
                    Map.of("baseVersion", version, "notAssessed", true, "notAssessedReason", "Ran out of time")).<Number>get("version").intValue();
        }
        for (Map.Entry<String, String> flag : flags.entrySet()) {
            version = api.put(interviewer.token(), base + "/flags/" + flag.getKey(),
                    Map.of("baseVersion", version, "raised", true, "note", flag.getValue())).<Number>get("version").intValue();
        }
        Map<String, Object> overall = new HashMap<>(Map.of("baseVersion", version, "recommendation", recommendation));
        version = api.put(interviewer.token(), base + "/overall", overall).<Number>get("version").intValue();
        Response submitted = api.post(interviewer.token(), base + "/submit", Map.of("baseVersion", version));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private void amend(Member interviewer, UUID interview, int position, int score, String reason) {
        String base = "/api/v1/interviews/" + interview + "/scorecard";
        int version = api.post(interviewer.token(), base + "/amend", Map.of("reason", reason)).<Number>get("version").intValue();
        api.put(interviewer.token(), base + "/items/" + position, Map.of("baseVersion", version, "score", score, "note", reason));
        assertThat(api.post(interviewer.token(), base + "/submit", null).status()).isEqualTo(200);
    }
}
