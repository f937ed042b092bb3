package dev.tally.hiring;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewTest extends ApiTest {

    @Test
    void aPanelMemberReadsTheInterviewWithItsKitInline() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member panelist = interview.panel().get(0);

        Response read = api.get(panelist.token(), "/api/v1/interviews/" + interview.id());
        Response kitVersion = api.get(panelist.token(), "/api/v1/kits/" + interview.opening().onsiteKit().id() + "/versions/1");
        Response otherKit = api.get(panelist.token(), "/api/v1/kits/" + interview.opening().screenKit().id() + "/versions/1");

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.string("candidateName")).isEqualTo("Ada Lovelace");
        assertThat(read.string("stageName")).isEqualTo("Onsite");
        assertThat(read.<List<Object>>get("kit.items")).hasSize(5);
        assertThat(read.<List<Object>>get("kit.items[0].question.rubric")).hasSize(4);
        assertThat(read.<List<Map<String, Object>>>get("panel")).extracting(p -> p.get("scorecardStatus")).containsOnly("NOT_STARTED");
        assertThat(kitVersion.status()).isEqualTo(200);
        assertProblem(otherKit, 403);
    }

    @Test
    void myInterviewsAreListedSoonestFirst() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID first = hiring.aCandidate(tenant, opening, "Later");
        UUID second = hiring.aCandidate(tenant, opening, "Sooner");
        Member interviewer = tenant.interviewer();
        api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", first, "stageId", opening.screenStageId(),
                "scheduledAt", "2026-12-20T09:00:00Z", "panel", List.of(interviewer.id())));
        api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", second, "stageId", opening.screenStageId(),
                "scheduledAt", "2026-12-10T09:00:00Z", "panel", List.of(interviewer.id())));
        api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", second, "stageId", opening.onsiteStageId(),
                "scheduledAt", "2026-12-01T09:00:00Z", "panel", List.of(fixtures.aMember(tenant.admin(), "INTERVIEWER").id())));

        Response mine = api.get(interviewer.token(), "/api/v1/interviews?mine=true");
        Response everything = api.get(tenant.recruiter().token(), "/api/v1/interviews");

        assertThat(mine.items()).extracting(i -> i.get("candidateName")).containsExactly("Sooner", "Later");
        assertThat(mine.items()).extracting(i -> i.get("myScorecardStatus")).containsOnly("NOT_STARTED");
        assertThat(everything.string("totalItems")).isEqualTo("3");
        assertThat(api.get(interviewer.token(), "/api/v1/interviews").string("totalItems")).as("interviewers see only their own").isEqualTo("2");
    }

    @Test
    void aPanelNeedsActiveInterviewersAndAnActiveCandidateOfTheStagesOpening() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Opening other = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Dennis");

        Response refused = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", other.screenStageId(), "scheduledAt", "2026-12-01T09:00:00Z",
                "panel", List.of(tenant.recruiter().id(), UUID.randomUUID(), tenant.recruiter().id())));
        Response empty = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.screenStageId(), "scheduledAt", "tomorrow", "panel", List.of()));
        api.put(tenant.recruiter().token(), "/api/v1/candidates/" + candidate,
                Map.of("name", "Dennis", "email", "dennis@example.test", "status", "WITHDRAWN"));
        Response withdrawn = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.screenStageId(), "scheduledAt", "2026-12-01T09:00:00Z", "panel", List.of(tenant.interviewer().id())));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("stageId", "panel[0]", "panel[1]", "panel[2]");
        assertProblem(empty, 400);
        assertProblem(withdrawn, 409);
        assertThat(withdrawn.string("detail")).isEqualTo("The candidate is withdrawn; only active candidates are interviewed.");
    }

    @Test
    void aPanelMemberWithAScorecardStaysOnThePanel() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member scoring = interview.panel().get(0);
        api.put(scoring.token(), "/api/v1/interviews/" + interview.id() + "/scorecard/items/2", Map.of("baseVersion", 0, "score", 3));

        Response removesScorer = api.put(tenant.recruiter().token(), "/api/v1/interviews/" + interview.id(),
                Map.of("scheduledAt", "2026-12-03T09:00:00Z", "panel", List.of(interview.panel().get(1).id())));
        Response swapsOther = api.put(tenant.recruiter().token(), "/api/v1/interviews/" + interview.id(),
                Map.of("scheduledAt", "2026-12-03T09:00:00Z", "panel", List.of(scoring.id(), tenant.interviewer().id())));

        assertProblem(removesScorer, 409);
        assertThat(swapsOther.status()).isEqualTo(200);
        assertThat(swapsOther.<List<Map<String, Object>>>get("panel")).extracting(p -> p.get("id"))
                .containsExactlyInAnyOrder(scoring.id().toString(), tenant.interviewer().id().toString());
        assertThat(swapsOther.string("scheduledAt")).startsWith("2026-12-03T09:00");
    }

    @Test
    void onlyThePanelTheOpeningsHiringManagerRecruitersAndAdminsSeeAnInterview() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String path = "/api/v1/interviews/" + interview.id();
        Map<String, Object> create = Map.of("candidateId", interview.candidateId(), "stageId", interview.opening().screenStageId(),
                "scheduledAt", "2026-12-01T09:00:00Z", "panel", List.of(tenant.interviewer().id()));

        for (Member allowed : List.of(tenant.admin(), tenant.recruiter(), tenant.hiringManager(), interview.panel().get(0))) {
            assertThat(api.get(allowed.token(), path).status()).isEqualTo(200);
        }
        assertProblem(api.get(tenant.interviewer().token(), path), 403);
        assertProblem(api.get(fixtures.aMember(tenant.admin(), "HIRING_MANAGER").token(), path), 403);
        assertProblem(api.post(tenant.interviewer().token(), "/api/v1/interviews", create), 403);
        assertProblem(api.post(tenant.hiringManager().token(), "/api/v1/interviews", create), 403);
        assertProblem(api.put(interview.panel().get(0).token(), path, Map.of("scheduledAt", "2026-12-01T09:00:00Z",
                "panel", List.of(tenant.interviewer().id()))), 403);
        Tenant stranger = fixtures.anOrganisation();
        assertProblem(api.get(stranger.admin().token(), path), 404);
        assertProblem(api.put(stranger.recruiter().token(), path, Map.of("scheduledAt", "2026-12-01T09:00:00Z",
                "panel", List.of(stranger.interviewer().id()))), 404);
        assertProblem(api.post(stranger.recruiter().token(), "/api/v1/interviews", create), 422);
        assertThat(api.get(stranger.recruiter().token(), "/api/v1/interviews").string("totalItems")).isEqualTo("0");
    }

    @Test
    void anInterviewLastsAsLongAsItsKitUnlessToldAndHasALocation() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Response candidate = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(),
                "name", "Grace", "email", "grace@example.test", "link", "https://example.test/grace", "notes", "Ask about compilers."));
        UUID candidateId = UUID.fromString(candidate.string("id"));

        Response byKit = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidateId,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-20T09:00:00Z", "panel", List.of(tenant.interviewer().id())));
        Response told = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidateId,
                "stageId", opening.screenStageId(), "scheduledAt", "2026-12-21T09:00:00Z", "panel", List.of(tenant.interviewer().id()),
                "durationMinutes", 45, "location", "https://meet.example.test/abc"));
        Response tooShort = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidateId,
                "stageId", opening.screenStageId(), "scheduledAt", "2026-12-21T09:00:00Z", "panel", List.of(tenant.interviewer().id()),
                "durationMinutes", 4, "location", "x".repeat(501)));
        Response moved = api.put(tenant.recruiter().token(), "/api/v1/interviews/" + told.string("id"), Map.of(
                "scheduledAt", "2026-12-22T09:00:00Z", "panel", List.of(tenant.interviewer().id()), "location", "Room 4"));
        Response asPanelist = api.get(tenant.interviewer().token(), "/api/v1/interviews/" + byKit.string("id"));

        assertThat(byKit.number("durationMinutes")).as("five items of ten minutes").isEqualTo(50);
        assertThat(byKit.string("status")).isEqualTo("SCHEDULED");
        assertThat(told.number("durationMinutes")).isEqualTo(45);
        assertThat(told.string("location")).isEqualTo("https://meet.example.test/abc");
        assertProblem(tooShort, 400);
        assertThat(tooShort.errorFields()).containsExactly("durationMinutes", "location");
        assertThat(moved.number("durationMinutes")).as("kept when not given").isEqualTo(45);
        assertThat(moved.string("location")).isEqualTo("Room 4");
        assertThat(asPanelist.string("candidateEmail")).isEqualTo("grace@example.test");
        assertThat(asPanelist.string("candidateLink")).isEqualTo("https://example.test/grace");
        assertThat(asPanelist.string("candidateNotes")).isEqualTo("Ask about compilers.");
        assertThat(InterviewService.defaultDuration(0)).isEqualTo(60);
        assertThat(InterviewService.defaultDuration(600)).isEqualTo(480);
    }

    @Test
    void aCancelledInterviewIsKeptButNeitherScoredNorChangedNorInMyList() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member panelist = interview.panel().get(0);
        String path = "/api/v1/interviews/" + interview.id();
        int version = api.get(panelist.token(), path + "/scorecard").<Number>get("version").intValue();
        api.put(panelist.token(), path + "/scorecard/items/1", Map.of("baseVersion", version, "score", 3, "note", "draft"));

        Response cancelled = api.post(tenant.recruiter().token(), path + "/cancel", Map.of("reason", "Candidate asked to move it"));
        Response again = api.post(tenant.admin().token(), path + "/cancel", Map.of());
        Response scoring = api.put(panelist.token(), path + "/scorecard/items/2", Map.of("baseVersion", version + 1, "score", 3));
        Response changing = api.put(tenant.recruiter().token(), path, Map.of("scheduledAt", "2026-12-24T09:00:00Z",
                "panel", interview.panel().stream().map(Member::id).toList()));

        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.string("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.string("cancelReason")).isEqualTo("Candidate asked to move it");
        assertThat(cancelled.string("cancelledAt")).isNotBlank();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.string("cancelReason")).isEqualTo("Candidate asked to move it");
        assertProblem(scoring, 409);
        assertThat(scoring.string("type")).isEqualTo("urn:tally:problem:interview-cancelled");
        assertProblem(changing, 409);
        assertThat(api.get(panelist.token(), "/api/v1/interviews?mine=true").items()).isEmpty();
        assertThat(api.get(panelist.token(), "/api/v1/interviews?mine=true&includeCancelled=true").items())
                .extracting(i -> i.get("status")).containsExactly("CANCELLED");
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/interviews?candidateId=" + interview.candidateId()).items())
                .extracting(i -> i.get("status")).containsExactly("CANCELLED");
        assertProblem(api.post(tenant.hiringManager().token(), path + "/cancel", Map.of()), 403);
        assertProblem(api.post(tenant.recruiter().token(), path + "/cancel", Map.of("reason", "x".repeat(1001))), 400);
    }

    @Test
    void anInterviewWithASubmittedScorecardCannotBeCancelled() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 3, "YES");

        Response refused = api.post(tenant.recruiter().token(), "/api/v1/interviews/" + interview.id() + "/cancel", Map.of());

        assertProblem(refused, 409);
        assertThat(refused.string("type")).isEqualTo("urn:tally:problem:interview-has-submitted-scorecards");
    }

    @Test
    void pendingListsWhatIStillScoreAndMissingScorecardsWhatThePanelOwes() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview past = hiring.anInterviewWithPanelOf(tenant, 2);
        Member done = past.panel().get(0);
        Member owing = past.panel().get(1);
        hiring.submitAComplete(done, past.id(), 3, "YES");
        UUID other = hiring.aCandidate(tenant, past.opening(), "Future");
        api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", other, "stageId", past.opening().screenStageId(),
                "scheduledAt", "2099-01-01T09:00:00Z", "panel", List.of(done.id())));

        Response donesPending = api.get(done.token(), "/api/v1/interviews?mine=true&pending=true");
        Response owingPending = api.get(owing.token(), "/api/v1/interviews?mine=true&pending=true");
        Response missing = api.get(tenant.recruiter().token(), "/api/v1/interviews?missingScorecards=true");

        assertThat(donesPending.items()).extracting(i -> i.get("candidateName")).containsExactly("Future");
        assertThat(owingPending.items()).extracting(i -> i.get("id")).containsExactly(past.id().toString());
        assertThat(missing.items()).extracting(i -> i.get("id")).containsExactly(past.id().toString());
        assertThat(missing.string("items[0].submittedCount")).isEqualTo("1");
    }

    @Test
    void aClosedOpeningTakesNoNewInterviews() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ada");
        api.post(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/close", null);

        Response refused = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-20T09:00:00Z", "panel", List.of(tenant.interviewer().id())));

        assertProblem(refused, 409);
        assertThat(refused.string("type")).isEqualTo("urn:tally:problem:opening-closed");
    }

    @Test
    void aStageWhoseKitVersionWasArchivedTakesNoNewInterviews() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ada");
        Response archived = api.post(tenant.recruiter().token(), "/api/v1/kits/" + opening.onsiteKit().id() + "/archive", null);

        Response refused = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-20T09:00:00Z", "panel", List.of(tenant.interviewer().id())));

        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("stageId");
        assertThat(refused.string("errors[0].message")).isEqualTo("uses a kit version that is archived; move the stage to a published version first");
    }
}
