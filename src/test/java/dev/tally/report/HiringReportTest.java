package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;
import java.util.UUID;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The reports of the {@link HandComputedHiring hand-computed organisation}, read by every test of this class. Its tests
 * only read, so the organisation (about 75 requests) is built once for the class; tests that add to it or decide on it
 * are in {@link HiringReportChangesTest}, each with an organisation of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiringReportTest extends ApiTest {

    private Tenant tenant;
    private Member p1;
    private UUID opening;
    private UUID onsite;
    private UUID xavier;
    private UUID yvonne;
    private UUID victor;
    private UUID zoe;

    @BeforeAll
    void theFixture() {
        HandComputedHiring world = new HandComputedHiring(fixtures, hiring);
        tenant = world.tenant;
        p1 = world.p1;
        opening = world.opening;
        onsite = world.onsite;
        xavier = world.xavier;
        yvonne = world.yvonne;
        victor = world.victor;
        zoe = world.zoe;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCandidateReportGivesTheHandComputedValuesAndExplainsItsDecision() {
        Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/report");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Tally-Data-Source")).as("the replica unset is the primary itself").isEqualTo("primary");
        assertThat(report.number("overall.score")).isCloseTo(21.5 / 7.5, within(1e-9));
        assertThat(report.number("overall.percent")).isCloseTo((21.5 / 7.5 - 1) / 3 * 100, within(1e-9));
        // the band: squares about the item means 0.5 + 0.5 + 2 + 0 + 0.5 over 5 degrees of freedom, s_p² = 0.7;
        // Σ w²/n = 4/2 + 1/2 + 1/1 + 2.25/2 + 1/2 + 1/2 = 5.625; SE = sqrt(5.625 · 0.7) / 7.5
        double standardError = Math.sqrt(5.625 * 0.7) / 7.5;
        assertThat(report.string("overall.band.status")).isEqualTo("ESTIMATED");
        assertThat(report.number("overall.band.degreesOfFreedom")).isEqualTo(5.0);
        assertThat(report.number("overall.band.standardError")).isCloseTo(standardError, within(1e-9));
        assertThat(report.number("overall.band.lower")).isCloseTo(21.5 / 7.5 - 1.645 * standardError, within(1e-9));
        assertThat(report.number("overall.band.upper")).isCloseTo(21.5 / 7.5 + 1.645 * standardError, within(1e-9));
        assertThat(competency(report, "ORM").get("band")).as("3 degrees of freedom")
                .satisfies(band -> assertThat(((Map<?, ?>) band).get("status")).isEqualTo("TOO_FEW_RATINGS"));
        assertThat(report.string("interviews[1].overall.band.status")).as("the onsite alone has 3").isEqualTo("TOO_FEW_RATINGS");
        assertThat(report.<Object>get("leniencyAdjusted.band")).isNull();
        String printable = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + xavier + "/report.html").body();
        assertThat(printable).contains("<th>90% band</th>").contains(String.format(java.util.Locale.ROOT, "<td>%.2f–%.2f</td>",
                21.5 / 7.5 - 1.645 * standardError, 21.5 / 7.5 + 1.645 * standardError)).contains("<td>too few ratings</td>");
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

    private static Map<String, Object> competency(Response report, String code) {
        return report.<List<Map<String, Object>>>get("competencies").stream().filter(c -> c.get("competency").equals(code))
                .findFirst().orElseThrow();
    }
}
