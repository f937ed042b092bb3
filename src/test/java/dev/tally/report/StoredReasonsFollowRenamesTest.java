package dev.tally.report;

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

/**
 * A decision's reasons are stored with the interview's outcome and name the stage and the interviewers; renaming
 * either brings the stored reasons up to date, so the report reads as if computed now.
 */
class StoredReasonsFollowRenamesTest extends ApiTest {

    @Test
    void reasonsNameTheStageAndThePendingPanelistAsTheyAreCalledNow() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member pending = interview.panel().get(1);
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 3, "YES");
        String report = "/api/v1/candidates/" + interview.candidateId() + "/report";

        assertThat(api.put(pending.token(), "/api/v1/me", Map.of("name", "Grace Hopper")).status()).isEqualTo(200);
        HiringFixtures.Opening opening = interview.opening();
        Response renamedStage = api.put(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/plan", Map.of("stages", List.of(
                Map.of("id", opening.screenStageId(), "name", "Phone screen", "kitId", opening.screenKit().id(), "kitVersion", 1),
                Map.of("id", opening.onsiteStageId(), "name", "Final round", "kitId", opening.onsiteKit().id(), "kitVersion", 1))));
        Response after = api.get(tenant.hiringManager().token(), report);

        assertThat(renamedStage.status()).as(renamedStage.toString()).isEqualTo(200);
        assertThat(after.string("suggestedDecision.decision")).isEqualTo("INCOMPLETE");
        assertThat(after.string("suggestedDecision.reasons[0].interviewer")).isEqualTo("Grace Hopper");
        assertThat(after.string("suggestedDecision.reasons[0].stage")).isEqualTo("Final round");
        assertThat(after.string("suggestedDecision.reasons[0].message")).startsWith("Final round: Grace Hopper has not submitted");
    }
}
