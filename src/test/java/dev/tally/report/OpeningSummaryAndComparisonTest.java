package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opening report's summary (its pictures' numbers, over every candidate) and the comparison of 2-4 candidates:
 * hand-computed counts, the same visibility as the candidate report, validation, tenancy and roles.
 */
class OpeningSummaryAndComparisonTest extends ApiTest {

    private Tenant tenant;
    private Opening opening;
    private UUID grace;
    private UUID ada;
    private UUID cy;
    private UUID bob;
    /** On Ada's panel (ADMIN and INTERVIEWER), not submitted: blind scoring hides Ada's interview from them. */
    private Member stillScoring;

    /**
     * Onsite, five items of weight 1 each. Grace: 3 and 3, yes and yes: W 3.00, ADVANCE, then hired. Ada: 4 and 2, yes
     * and no, and a third panelist still scoring: W 3.00, INCOMPLETE. Cy: 2 and 3, yes and yes: W 2.50, ADVANCE.
     * Bob has no interview: no W, INCOMPLETE.
     */
    @BeforeEach
    void anOpeningWithFourCandidates() {
        tenant = fixtures.anOrganisation();
        opening = hiring.anOpeningWithTwoStages(tenant);
        Member ivy = fixtures.aMemberNamed(tenant.admin(), "Ivy Park", "INTERVIEWER");
        Member jon = fixtures.aMemberNamed(tenant.admin(), "Jon Reyes", "INTERVIEWER");
        stillScoring = fixtures.aMember(tenant.admin(), "ADMIN", "INTERVIEWER");
        grace = hiring.aCandidate(tenant, opening, "Grace Hopper");
        UUID graceInterview = hiring.anOnsiteInterview(tenant, opening, grace, List.of(ivy, jon));
        hiring.submitAComplete(ivy, graceInterview, 3, "YES");
        hiring.submitAComplete(jon, graceInterview, 3, "YES");
        ada = hiring.aCandidate(tenant, opening, "Ada Lovelace");
        UUID adaInterview = hiring.anOnsiteInterview(tenant, opening, ada, List.of(ivy, jon, stillScoring));
        hiring.submitAComplete(ivy, adaInterview, 4, "YES");
        hiring.submitAComplete(jon, adaInterview, 2, "NO");
        cy = hiring.aCandidate(tenant, opening, "Cy Young");
        UUID cyInterview = hiring.anOnsiteInterview(tenant, opening, cy, List.of(ivy, jon));
        hiring.submitAComplete(ivy, cyInterview, 2, "YES");
        hiring.submitAComplete(jon, cyInterview, 3, "YES");
        bob = hiring.aCandidate(tenant, opening, "Bob Builder");
        Response hired = api.post(tenant.hiringManager().token(), "/api/v1/candidates/" + grace + "/decision",
                Map.of("decision", "HIRE", "reason", "Strong on every competency"));
        assertThat(hired.status()).as(hired.toString()).isEqualTo(200);
    }

    @Test
    void theSummaryCountsEveryCandidateByBinDecisionStageAndStatus() {
        Response summary = api.get(tenant.hiringManager().token(), summaryOf(opening.id()));

        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.number("candidates")).isEqualTo(4);
        assertThat(summary.number("binWidth")).isEqualTo(0.25);
        List<Map<String, Object>> bins = summary.get("distribution");
        assertThat(bins).hasSize(12);
        assertThat(summary.number("distribution[6].lower")).isEqualTo(2.5);
        assertThat(summary.<Map<String, Object>>get("distribution[6].candidates")).containsEntry("ADVANCE", 1);  // Cy, 2.50
        assertThat(summary.number("distribution[8].lower")).isEqualTo(3.0);
        assertThat(summary.<Map<String, Object>>get("distribution[8].candidates"))                             // Grace and Ada, 3.00
                .containsEntry("ADVANCE", 1).containsEntry("INCOMPLETE", 1).containsEntry("DISCUSS", 0);
        assertThat(summary.<Map<String, Object>>get("withoutScore")).containsEntry("INCOMPLETE", 1);            // Bob
        assertThat(bins.stream().mapToLong(OpeningSummaryAndComparisonTest::total).sum()).isEqualTo(3);

        assertThat(summary.<List<Map<String, Object>>>get("stages")).extracting(stage -> stage.get("stage"))
                .containsExactly("Phone screen", "Onsite");
        assertThat(summary.string("funnel[0].name")).isEqualTo("All candidates");
        assertThat(summary.<Map<String, Object>>get("funnel[0].candidates")).containsEntry("ACTIVE", 3).containsEntry("HIRED", 1);
        assertThat(summary.number("funnel[0].total")).isEqualTo(4);
        assertThat(summary.string("funnel[1].name")).isEqualTo("Phone screen");
        assertThat(summary.number("funnel[1].total")).isZero();
        assertThat(summary.string("funnel[2].name")).isEqualTo("Onsite");
        assertThat(summary.<Map<String, Object>>get("funnel[2].candidates")).containsEntry("ACTIVE", 2).containsEntry("HIRED", 1)
                .containsEntry("WITHDRAWN", 0);
        assertThat(summary.number("funnel[2].total")).isEqualTo(3);
        assertThat(summary.number("funnel[2].completed")).isEqualTo(2); // Ada's panel has not all submitted
    }

    /**
     * The hand-computed opening: Yvonne W 1.00 REJECT (bin 1.00-1.25), Victor 1.75 REJECT (bin 1.75-2.00, its lower
     * bound), Xavier 2.8667 DISCUSS (bin 2.75-3.00), Zoe no score; Screen (minOverall 2) interviewed Xavier, Yvonne and
     * Victor, Yvonne's panel incomplete; Onsite (minOverall 2.5) Xavier and Yvonne, Yvonne's incomplete.
     */
    @Test
    void theHandComputedOpeningsSummary() {
        HandComputedHiring world = new HandComputedHiring(fixtures, hiring);

        Response summary = api.get(world.tenant.hiringManager().token(), summaryOf(world.opening));

        assertThat(summary.<Map<String, Object>>get("distribution[0].candidates")).containsEntry("REJECT", 1);
        assertThat(summary.<Map<String, Object>>get("distribution[3].candidates")).containsEntry("REJECT", 1);
        assertThat(summary.<Map<String, Object>>get("distribution[7].candidates")).containsEntry("DISCUSS", 1);
        assertThat(summary.<List<Map<String, Object>>>get("distribution")).extracting(OpeningSummaryAndComparisonTest::total)
                .containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 0L, 0L, 0L, 0L);
        assertThat(summary.<Map<String, Object>>get("withoutScore")).containsEntry("INCOMPLETE", 1);
        assertThat(summary.<List<Map<String, Object>>>get("stages")).extracting(stage -> stage.get("stage") + " " + stage.get("minOverall"))
                .containsExactly("Screen 2.0", "Onsite 2.5");
        assertThat(summary.<List<Map<String, Object>>>get("funnel")).extracting(step -> step.get("name") + " " + step.get("total") + " "
                + step.get("completed")).containsExactly("All candidates 4 0", "Screen 3 2", "Onsite 2 1");
    }

    @Test
    void theSummaryCountsAnInterviewHiddenByBlindScoringAsIncompleteAndUnscored() {
        Response summary = api.get(stillScoring.token(), summaryOf(opening.id()));

        assertThat(summary.<Map<String, Object>>get("distribution[8].candidates")).containsEntry("ADVANCE", 1).containsEntry("INCOMPLETE", 0);
        assertThat(summary.<Map<String, Object>>get("withoutScore")).containsEntry("INCOMPLETE", 2); // Bob, and Ada hidden
    }

    @Test
    void comparedCandidatesCarryTheirCandidateReportsNumbers() {
        Response compared = api.get(tenant.hiringManager().token(), compare(opening.id(), cy, grace));

        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
        assertThat(compared.<List<Map<String, Object>>>get("candidates")).extracting(c -> c.get("candidateName"))
                .containsExactly("Cy Young", "Grace Hopper");
        for (int i = 0; i < 2; i++) {
            UUID id = UUID.fromString(compared.string("candidates[" + i + "].candidateId"));
            Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + id + "/report");
            String at = "candidates[" + i + "].";
            assertThat(compared.<Object>get(at + "overall")).isEqualTo(report.get("overall"));
            assertThat(compared.<Object>get(at + "competencies")).isEqualTo(report.get("competencies"));
            assertThat(compared.<Object>get(at + "redFlags")).isEqualTo(report.get("redFlags"));
            assertThat(compared.<Object>get(at + "recommendations")).isEqualTo(report.get("recommendations"));
            assertThat(compared.<Object>get(at + "suggestedDecision")).isEqualTo(report.get("suggestedDecision"));
        }
        assertThat(compared.number("candidates[0].overall.score")).isEqualTo(2.5);
        assertThat(compared.<List<Map<String, Object>>>get("candidates[0].panelists"))
                .extracting(p -> p.get("interviewer") + " " + p.get("stage") + " " + p.get("recommendation"))
                .containsExactlyInAnyOrder("Ivy Park Onsite YES", "Jon Reyes Onsite YES");
        assertThat(compared.string("candidates[1].finalDecision.decision")).isEqualTo("HIRE");
    }

    @Test
    void aComparisonHidesWhatBlindScoringHidesFromTheCaller() {
        Response compared = api.get(stillScoring.token(), compare(opening.id(), ada, grace));

        assertThat(compared.status()).as(compared.toString()).isEqualTo(200);
        assertThat(compared.number("candidates[0].interviewsHiddenUntilYouSubmit")).isEqualTo(1);
        assertThat(compared.<Object>get("candidates[0].overall.score")).isNull();
        assertThat(compared.<List<Object>>get("candidates[0].panelists")).isEmpty();
        assertThat(compared.<Map<String, Object>>get("candidates[0].recommendations")).isEmpty();
        assertThat(compared.string("candidates[0].suggestedDecision.decision")).isEqualTo("INCOMPLETE");
        assertThat(compared.number("candidates[1].overall.score")).isEqualTo(3.0);
    }

    @Test
    void aComparisonTakesTwoToFourDistinctCandidatesOfTheOpening() {
        String manager = tenant.hiringManager().token();
        UUID elsewhere = hiring.aCandidate(tenant, hiring.anOpeningWithTwoStages(tenant), "Elsewhere");

        for (String path : List.of("/api/v1/openings/" + opening.id() + "/compare", compare(opening.id(), ada),
                compare(opening.id(), ada, grace, cy, bob, elsewhere), compare(opening.id(), ada, ada),
                compare(opening.id(), ada, elsewhere))) {
            Response refused = api.get(manager, path);
            assertThat(refused.status()).as(path + " " + refused).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errorFields()).containsExactly("candidate");
        }
        assertThat(api.get(manager, compare(opening.id(), ada, grace, cy, bob)).status()).isEqualTo(200);
        assertThat(api.get(manager, "/api/v1/openings/" + opening.id() + "/compare?candidate=" + ada + "&candidate=not-an-id").status())
                .isEqualTo(400);
    }

    @Test
    void anotherOrganisationsIdsAreNotFoundAndOnlyThoseWhoReadTheOpeningReportCompare() {
        Tenant foreign = fixtures.anOrganisation();
        Opening foreignOpening = hiring.anOpeningWithTwoStages(foreign);
        UUID foreignCandidate = hiring.aCandidate(foreign, foreignOpening, "Foreign");

        Response unknown = api.get(tenant.hiringManager().token(), compare(opening.id(), ada, foreignCandidate));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("Foreign");
        assertThat(api.get(foreign.admin().token(), compare(opening.id(), ada, grace)).status()).isEqualTo(404);
        assertThat(api.get(foreign.admin().token(), summaryOf(opening.id())).status()).isEqualTo(404);
        assertThat(api.get(tenant.hiringManager().token(), summaryOf(foreignOpening.id())).status()).isEqualTo(404);

        Member otherManager = fixtures.aMember(tenant.admin(), "HIRING_MANAGER");
        for (Member refused : List.of(otherManager, tenant.interviewer())) {
            assertThat(api.get(refused.token(), compare(opening.id(), ada, grace)).status()).isEqualTo(403);
            assertThat(api.get(refused.token(), summaryOf(opening.id())).status()).isEqualTo(403);
        }
        assertThat(api.get(tenant.recruiter().token(), compare(opening.id(), ada, grace)).status()).isEqualTo(200);
        assertThat(api.get(tenant.recruiter().token(), summaryOf(opening.id())).status()).isEqualTo(200);
    }

    private static long total(Map<String, Object> bin) {
        @SuppressWarnings("unchecked")
        Map<String, Number> counts = (Map<String, Number>) bin.get("candidates");
        return counts.values().stream().mapToLong(Number::longValue).sum();
    }

    private static String summaryOf(UUID opening) {
        return "/api/v1/openings/" + opening + "/report/summary";
    }

    private static String compare(UUID opening, UUID... candidates) {
        return "/api/v1/openings/" + opening + "/compare?" + java.util.Arrays.stream(candidates).map(id -> "candidate=" + id)
                .collect(Collectors.joining("&"));
    }
}
