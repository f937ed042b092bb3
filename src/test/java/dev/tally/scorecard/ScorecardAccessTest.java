package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardAccessTest extends ApiTest {

    @Test
    void onlyPanelMembersScore() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";
        Member recruiterAndInterviewer = fixtures.aMember(tenant.admin(), "RECRUITER", "INTERVIEWER");

        for (Member refused : List.of(tenant.recruiter(), tenant.admin(), tenant.hiringManager(), tenant.interviewer(), recruiterAndInterviewer)) {
            assertProblem(api.get(refused.token(), scorecard), 403);
            assertProblem(api.put(refused.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 3)), 403);
            assertProblem(api.put(refused.token(), scorecard + "/flags/" + HiringFixtures.ORM_IGNORANCE,
                    Map.of("baseVersion", 0, "raised", false)), 403);
            assertProblem(api.put(refused.token(), scorecard + "/overall", Map.of("baseVersion", 0, "recommendation", "YES")), 403);
            assertProblem(api.post(refused.token(), scorecard + "/submit", Map.of()), 403);
            assertProblem(api.post(refused.token(), scorecard + "/amend", Map.of("reason", "x")), 403);
        }
        assertProblem(api.get(null, scorecard), 401);
        assertProblem(api.put(null, scorecard + "/items/2", Map.of("baseVersion", 0, "score", 3)), 401);
    }

    @Test
    void anotherOrganisationsInterviewIsNotFound() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Tenant stranger = fixtures.anOrganisation();
        String base = "/api/v1/interviews/" + interview.id();
        Member panelist = interview.panel().get(0);

        assertProblem(api.get(stranger.interviewer().token(), base + "/scorecard"), 404);
        assertProblem(api.put(stranger.interviewer().token(), base + "/scorecard/items/2", Map.of("baseVersion", 0, "score", 3)), 404);
        assertProblem(api.post(stranger.interviewer().token(), base + "/scorecard/submit", Map.of()), 404);
        assertProblem(api.get(stranger.admin().token(), base + "/scorecards"), 404);
        assertProblem(api.get(stranger.admin().token(), base + "/scorecards/" + panelist.id()), 404);
        assertProblem(api.get(stranger.admin().token(), base + "/scorecards/" + panelist.id() + "/revisions/1"), 404);
    }

    @Test
    void submittedScorecardsAreForTheHiringManagerOfTheOpeningRecruitersAdminsAndPanelistsWhoSubmitted() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member submitter = interview.panel().get(0);
        Member drafter = interview.panel().get(1);
        hiring.submitAComplete(submitter, interview.id(), 3, "YES");
        api.put(drafter.token(), "/api/v1/interviews/" + interview.id() + "/scorecard/items/2", Map.of("baseVersion", 0, "score", 1));
        String panel = "/api/v1/interviews/" + interview.id() + "/scorecards";

        Response manager = api.get(tenant.hiringManager().token(), panel);
        Response draftOfOther = api.get(tenant.admin().token(), panel + "/" + drafter.id());

        assertThat(manager.<List<Object>>get("submitted")).hasSize(1);
        assertThat(manager.<List<Object>>get("notYetSubmitted")).containsExactly(drafter.id().toString());
        assertThat(manager.body()).doesNotContain("\"score\":1");
        assertProblem(draftOfOther, 404);
        assertThat(api.get(tenant.admin().token(), panel).status()).isEqualTo(200);
        assertThat(api.get(tenant.recruiter().token(), panel).status()).isEqualTo(200);
        assertThat(api.get(submitter.token(), panel).status()).isEqualTo(200);
        assertProblem(api.get(drafter.token(), panel), 403);
        assertProblem(api.get(tenant.interviewer().token(), panel), 403);
        assertProblem(api.get(fixtures.aMember(tenant.admin(), "HIRING_MANAGER").token(), panel), 403);
        assertThat(api.get(submitter.token(), panel + "/" + submitter.id() + "/revisions/1").status()).isEqualTo(200);
        assertProblem(api.get(submitter.token(), panel + "/" + submitter.id() + "/revisions/2"), 404);
    }

    @Test
    void theAuditLogIsForAdminsAndFiltersByEntity() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);

        Response ofInterview = api.get(tenant.admin().token(), "/api/v1/audit?entityType=INTERVIEW&entityId=" + interview.id());
        Response ofUsers = api.get(tenant.admin().token(), "/api/v1/audit?entityType=USER&size=100");

        assertThat(ofInterview.items()).extracting(e -> e.get("action")).containsExactly("CREATED");
        assertThat(ofInterview.string("items[0].actorId")).isEqualTo(tenant.recruiter().id().toString());
        assertThat(ofUsers.items()).extracting(e -> e.get("action")).contains("CREATED");
        for (Member refused : List.of(tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.get(refused.token(), "/api/v1/audit"), 403);
        }
        assertProblem(api.get(null, "/api/v1/audit"), 401);
        assertThat(api.get(fixtures.anOrganisation().admin().token(), "/api/v1/audit?entityId=" + interview.id()).string("totalItems"))
                .isEqualTo("0");
        assertProblem(api.get(tenant.admin().token(), "/api/v1/audit?entityId=not-a-uuid"), 400);
    }
}
