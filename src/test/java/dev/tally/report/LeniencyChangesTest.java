package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Leniency as interviews are added to the {@link LenientPanel}'s opening. Each test adds interviews that change the
 * leniencies the others would read, so each builds the panel afresh; the tests that only read it are in
 * {@link CalibrationAndReliabilityTest}.
 */
class LeniencyChangesTest extends ApiTest {

    private Tenant tenant;
    private Opening opening;
    private Member lenny;
    private List<Member> others;

    @BeforeEach
    void aPanelWithALenientInterviewer() {
        LenientPanel built = LenientPanel.build(fixtures, hiring);
        tenant = built.tenant();
        opening = built.opening();
        lenny = built.lenny();
        others = built.others();
    }

    @Test
    void aPanelSubmittingAtTheSameMomentStillYieldsExactLeniency() throws Exception {
        Opening another = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, another, "Simultaneous");
        List<UUID> panel = new ArrayList<>(List.of(lenny.id()));
        others.forEach(member -> panel.add(member.id()));
        UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", another.onsiteStageId(), "scheduledAt", "2026-12-06T09:00:00Z", "panel", panel)).string("id"));
        List<java.util.concurrent.Callable<Response>> submits = new ArrayList<>();
        List<Member> everyone = new ArrayList<>(List.of(lenny));
        everyone.addAll(others);
        for (Member member : everyone) {
            String base = "/api/v1/interviews/" + interview + "/scorecard";
            int version = 0;
            for (int position = 1; position <= 5; position++) {
                version = api.put(member.token(), base + "/items/" + position, Map.of("baseVersion", version,
                        "score", member == lenny ? 4 : 3, "note", "n")).<Number>get("version").intValue();
            }
            api.put(member.token(), base + "/overall", Map.of("baseVersion", version, "recommendation", "YES"));
            submits.add(() -> api.post(member.token(), base + "/submit", Map.of()));
        }

        List<Response> answers = dev.tally.support.Concurrently.run(submits);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        Response calibration = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + another.id() + "/calibration");
        assertThat(((Number) interviewer(calibration, lenny).get("leniency")).doubleValue()).isCloseTo(1.0, within(1e-9));
        assertThat(interviewer(calibration, lenny)).containsEntry("comparisons", 5);
        for (Member other : others) {
            assertThat(((Number) interviewer(calibration, other).get("leniency")).doubleValue()).isCloseTo(-1.0 / 3, within(1e-9));
            assertThat(interviewer(calibration, other)).containsEntry("comparisons", 5);
        }
    }

    /**
     * A third interview where everyone gives 4: Lenny's leniency becomes (10·1 + 5·0) / 15 = 2/3, the others'
     * (10·(−1/3) + 5·0) / 15 = −2/9. For that candidate, Lenny's 4 counts as 10/3 and the others' 4 + 2/9 is clamped to
     * 4: adjusted W = (10/3 + 12) / 4 = 23/6, against a raw W of 4.
     */
    @Test
    void theOpeningReportsAdjustedScoreAgreesWithTheCandidateReportsAndIsClamped() {
        UUID extra = hiring.aCandidate(tenant, opening, "Extra");
        List<UUID> panel = new ArrayList<>(List.of(lenny.id()));
        others.forEach(member -> panel.add(member.id()));
        UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", extra,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-07T09:00:00Z", "panel", panel)).string("id"));
        hiring.submitAComplete(lenny, interview, 4, "STRONG_YES");
        others.forEach(member -> hiring.submitAComplete(member, interview, 4, "STRONG_YES"));

        Response report = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening.id() + "/report?sort=name&direction=asc");

        assertThat(report.items()).extracting(row -> row.get("name")).containsExactly("Extra", "First", "Second");
        assertThat(report.number("items[0].overall.score")).isCloseTo(4.0, within(1e-9));
        assertThat(report.number("items[0].leniencyAdjusted.score")).isCloseTo(23.0 / 6, within(1e-9));
        for (Map<String, Object> row : report.items()) {
            Response candidate = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + row.get("candidateId") + "/report");
            assertThat(((Number) ((Map<?, ?>) row.get("leniencyAdjusted")).get("score")).doubleValue())
                    .isCloseTo(candidate.number("leniencyAdjusted.score"), within(1e-9));
            assertThat(((Number) ((Map<?, ?>) row.get("overall")).get("score")).doubleValue())
                    .isCloseTo(candidate.number("overall.score"), within(1e-9));
            assertThat(row.get("suggestedDecision")).isEqualTo(candidate.string("suggestedDecision.decision"));
        }
    }

    /**
     * Two more candidates, the whole panel submitting to both interviews at once and everyone giving 4: Lenny's
     * organisation-wide leniency becomes (10·1 + 10·0) / 20, the others' (10·(−1/3)) / 20. Lenny then amends item 1 of
     * the second to 3, adding −1 to his differences and +1/3 to each other's: L = 9/20 for Lenny, −3/20 for the others.
     * Adjusted, an item everyone scored 4 averages (4 − 9/20 + 3·4) / 4 = 3.8875 (the others' 4 + 3/20 is clamped), and
     * the amended item (3 − 9/20 + 3·4) / 4 = 3.6375. Ann then amends item 2 of the first to "not assessed", which takes
     * a comparison away from each of the four: that item now averages (4 − 9/20 + 2·4) / 3 = 3.85.
     */
    @Test
    void leniencyTotalsFollowSimultaneousSubmissionsAcrossInterviewsAndAmendments() throws Exception {
        List<Member> everyone = new ArrayList<>(List.of(lenny));
        everyone.addAll(others);
        List<UUID> panel = everyone.stream().map(Member::id).toList();
        List<UUID> interviews = new ArrayList<>();
        List<UUID> candidates = new ArrayList<>();
        for (String name : List.of("Third", "Fourth")) {
            UUID candidate = hiring.aCandidate(tenant, opening, name);
            candidates.add(candidate);
            interviews.add(UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                    "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-08T09:00:00Z", "panel", panel)).string("id")));
        }
        List<java.util.concurrent.Callable<Response>> submits = new ArrayList<>();
        for (UUID interview : interviews) {
            for (Member member : everyone) {
                submits.add(() -> hiring.submitAComplete(member, interview, 4, "STRONG_YES"));
            }
        }

        List<Response> answers = dev.tally.support.Concurrently.run(submits);
        String base = "/api/v1/interviews/" + interviews.get(1) + "/scorecard";
        int version = api.post(lenny.token(), base + "/amend", Map.of("reason", "Too generous")).<Number>get("version").intValue();
        api.put(lenny.token(), base + "/items/1", Map.of("baseVersion", version, "score", 3, "note", "On reflection"));
        assertThat(api.post(lenny.token(), base + "/submit", null).status()).isEqualTo(200);
        Member ann = others.get(0);
        String first = "/api/v1/interviews/" + interviews.get(0) + "/scorecard";
        version = api.post(ann.token(), first + "/amend", Map.of("reason", "Did not get to it")).<Number>get("version").intValue();
        api.put(ann.token(), first + "/items/2", Map.of("baseVersion", version, "notAssessed", true,
                "notAssessedReason", "We ran out of time"));
        Response resubmitted = api.post(ann.token(), first + "/submit", null);

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
        Map<UUID, Double> expected = Map.of(candidates.get(0), (4 * 3.8875 + 3.85) / 5, candidates.get(1), (3.6375 + 4 * 3.8875) / 5);
        Response report = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening.id() + "/report");
        for (Map<String, Object> row : report.items()) {
            UUID candidate = UUID.fromString((String) row.get("candidateId"));
            if (expected.containsKey(candidate)) {
                assertThat(((Number) ((Map<?, ?>) row.get("leniencyAdjusted")).get("score")).doubleValue())
                        .isCloseTo(expected.get(candidate), within(1e-9));
                assertThat(api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + candidate + "/report")
                        .number("leniencyAdjusted.score")).isCloseTo(expected.get(candidate), within(1e-9));
            }
        }
        assertThat(report.items()).extracting(row -> row.get("candidateId")).contains(candidates.get(0).toString(),
                candidates.get(1).toString());
    }

    private static Map<String, Object> interviewer(Response calibration, Member member) {
        return calibration.<List<Map<String, Object>>>get("interviewers").stream()
                .filter(row -> row.get("interviewerId").equals(member.id().toString())).findFirst().orElseThrow();
    }
}
