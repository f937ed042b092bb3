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
 * A panel of four scores two five-item interviews: Lenny gives every item 4, Ann, Bea and Cal give 3. Lenny's leniency
 * is 4 − 3 = +1 over 10 comparisons: flagged. Each of the others is 3 − (4 + 3 + 3) / 3 = −1/3: not flagged.
 */
class CalibrationAndReliabilityTest extends ApiTest {

    private Tenant tenant;
    private Opening opening;
    private Member lenny;
    private List<Member> others;

    @BeforeEach
    void aPanelWithALenientInterviewer() {
        tenant = fixtures.anOrganisation();
        opening = hiring.anOpeningWithTwoStages(tenant);
        lenny = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        others = List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER"), fixtures.aMember(tenant.admin(), "INTERVIEWER"),
                fixtures.aMember(tenant.admin(), "INTERVIEWER"));
        List<UUID> panel = new ArrayList<>(List.of(lenny.id()));
        others.forEach(member -> panel.add(member.id()));
        for (String name : List.of("First", "Second")) {
            UUID candidate = hiring.aCandidate(tenant, opening, name);
            UUID interview = UUID.fromString(api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                    "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-05T09:00:00Z", "panel", panel)).string("id"));
            hiring.submitAComplete(lenny, interview, 4, "STRONG_YES");
            others.forEach(member -> hiring.submitAComplete(member, interview, 3, "YES"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void calibrationFlagsTheLenientInterviewerAndNotTheOthers() {
        Response calibration = api.get(tenant.hiringManager().token(), "/api/v1/openings/" + opening.id() + "/calibration");

        Map<String, Object> lenient = interviewer(calibration, lenny);
        assertThat(((Number) lenient.get("leniency")).doubleValue()).isCloseTo(1.0, within(1e-9));
        assertThat(lenient).containsEntry("comparisons", 10).containsEntry("flagged", true).containsEntry("tendency", "lenient")
                .containsEntry("scorecards", 2);
        assertThat((Map<String, Object>) lenient.get("scores")).containsEntry("4", 10).containsEntry("3", 0);
        assertThat((Map<String, Object>) lenient.get("recommendations")).containsEntry("STRONG_YES", 2).containsEntry("NO_DECISION", 0);
        for (Member other : others) {
            Map<String, Object> row = interviewer(calibration, other);
            assertThat(((Number) row.get("leniency")).doubleValue()).isCloseTo(-1.0 / 3, within(1e-9));
            assertThat(row).containsEntry("flagged", false).containsEntry("comparisons", 10);
        }
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

    @Test
    void organisationCalibrationCoversADateRange() {
        Response inRange = api.get(tenant.admin().token(), "/api/v1/calibration?from=2026-12-01T00:00:00Z&to=2026-12-31T00:00:00Z");
        Response outOfRange = api.get(tenant.admin().token(), "/api/v1/calibration?from=2027-01-01T00:00:00Z");
        Response badDate = api.get(tenant.admin().token(), "/api/v1/calibration?from=yesterday");

        assertThat(interviewer(inRange, lenny)).containsEntry("flagged", true);
        assertThat(outOfRange.<List<Object>>get("interviewers")).isEmpty();
        assertProblem(badDate, 400);
        assertThat(badDate.errorFields()).containsExactly("from");
        assertProblem(api.get(tenant.hiringManager().token(), "/api/v1/calibration"), 403);
    }

    @Test
    void reliabilityIsKrippendorffsAlphaOverItemsOfInterviewsWithInterviewersAsCoders() {
        Response reliability = api.get(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/reliability");

        List<Map<String, Double>> units = new ArrayList<>();
        for (int unit = 0; unit < 10; unit++) {
            units.add(Map.of("lenny", 4.0, "ann", 3.0, "bea", 3.0, "cal", 3.0));
        }
        assertThat(reliability.number("kits[0].pooled.units")).isEqualTo(10);
        assertThat(reliability.string("kits[0].pooled.status")).isEqualTo("ok");
        assertThat(reliability.number("kits[0].pooled.interval"))
                .isCloseTo(KrippendorffAlpha.compute(units, KrippendorffAlpha.Metric.INTERVAL).alpha(), within(1e-9));
        assertThat(reliability.number("kits[0].pooled.ordinal"))
                .isCloseTo(KrippendorffAlpha.compute(units, KrippendorffAlpha.Metric.ORDINAL).alpha(), within(1e-9));
        assertThat(reliability.<List<Object>>get("kits[0].questions")).hasSize(5);
        assertThat(reliability.number("kits[0].questions[0].alpha.units")).isEqualTo(2);
        assertThat(reliability.string("kits[0].questions[0].alpha.status")).isEqualTo("insufficient data");
        assertThat(reliability.<Object>get("kits[0].questions[0].alpha.interval")).isNull();
    }

    @Test
    void calibrationAndReliabilityAreRefusedToInterviewersAndStrangers() {
        String calibration = "/api/v1/openings/" + opening.id() + "/calibration";
        String reliability = "/api/v1/openings/" + opening.id() + "/reliability";

        for (Member refused : List.of(lenny, tenant.interviewer(), fixtures.aMember(tenant.admin(), "HIRING_MANAGER"))) {
            assertProblem(api.get(refused.token(), calibration), 403);
            assertProblem(api.get(refused.token(), reliability), 403);
        }
        assertProblem(api.get(lenny.token(), "/api/v1/calibration"), 403);
        Tenant stranger = fixtures.anOrganisation();
        assertProblem(api.get(stranger.admin().token(), calibration), 404);
        assertProblem(api.get(stranger.admin().token(), reliability), 404);
        assertThat(api.get(stranger.admin().token(), "/api/v1/calibration").<List<Object>>get("interviewers")).isEmpty();
    }

    private static Map<String, Object> interviewer(Response calibration, Member member) {
        return calibration.<List<Map<String, Object>>>get("interviewers").stream()
                .filter(row -> row.get("interviewerId").equals(member.id().toString())).findFirst().orElseThrow();
    }
}
