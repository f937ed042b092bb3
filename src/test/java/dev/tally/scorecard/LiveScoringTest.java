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

class LiveScoringTest extends ApiTest {

    @Test
    void anInterviewerScoresItemByItemAndEverySaveIsAcknowledgedWithTheNewVersion() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";

        Response empty = api.get(interviewer.token(), scorecard);
        Response first = api.put(interviewer.token(), scorecard + "/items/2",
                Map.of("baseVersion", 0, "score", 3, "keyPoints", List.of(0, 2), "note", "Used select_related"));
        Response second = api.put(interviewer.token(), scorecard + "/items/2",
                Map.of("baseVersion", 1, "score", 4, "keyPoints", List.of(0, 2, 4), "note", "Used select_related and explain()"));
        Response flag = api.put(interviewer.token(), scorecard + "/flags/" + HiringFixtures.ORM_IGNORANCE,
                Map.of("baseVersion", 2, "raised", true, "note", "Wanted raw SQL everywhere"));
        Response overall = api.put(interviewer.token(), scorecard + "/overall",
                Map.of("baseVersion", 3, "recommendation", "YES", "summary", "Strong on the ORM"));
        Response now = api.get(interviewer.token(), scorecard);

        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.number("version")).isEqualTo(0);
        assertThat(empty.string("status")).isEqualTo("DRAFT");
        assertThat(first.number("version")).isEqualTo(1);
        assertThat(second.number("version")).isEqualTo(2);
        assertThat(flag.number("version")).isEqualTo(3);
        assertThat(overall.number("version")).isEqualTo(4);
        assertThat(now.number("version")).isEqualTo(4);
        assertThat(now.<List<Object>>get("items")).hasSize(1);
        assertThat(now.number("items[0].score")).isEqualTo(4);
        assertThat(now.<List<Number>>get("items[0].keyPoints")).extracting(Number::intValue).containsExactly(0, 2, 4);
        assertThat(now.string("items[0].note")).isEqualTo("Used select_related and explain()");
        assertThat(now.string("flags[0].raised")).isEqualTo("true");
        assertThat(now.string("recommendation")).isEqualTo("YES");
    }

    @Test
    void aStaleSaveIsAConflictCarryingTheCurrentStateAndChangesNothing() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";
        api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 3, "note", "laptop"));

        Response stale = api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 1, "note", "old tab"));

        assertProblem(stale, 409);
        assertThat(stale.number("current.version")).isEqualTo(1);
        assertThat(stale.number("current.items[0].score")).isEqualTo(3);
        assertThat(api.get(interviewer.token(), scorecard).string("items[0].note")).isEqualTo("laptop");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndChangesNothing() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/3";
        String body = api.toJson(Map.of("baseVersion", 0, "score", 2, "note", "Partial"));

        Response first = api.sendRaw("PUT", item, interviewer.token(), body, "application/json", "save-3-a");
        Response retry = api.sendRaw("PUT", item, interviewer.token(), body, "application/json", "save-3-a");
        Response sameKeyOtherBody = api.sendRaw("PUT", item, interviewer.token(),
                api.toJson(Map.of("baseVersion", 1, "score", 4, "note", "Changed")), "application/json", "save-3-a");

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertProblem(sameKeyOtherBody, 422);
        assertThat(sameKeyOtherBody.errorFields()).containsExactly("Idempotency-Key");
        Response now = api.get(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard");
        assertThat(now.number("version")).isEqualTo(1);
        assertThat(now.number("items[0].score")).isEqualTo(2);
    }

    @Test
    void submittingAnIncompleteScorecardListsEveryProblemAtOnce() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";
        api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 4));
        api.put(interviewer.token(), scorecard + "/items/3", Map.of("baseVersion", 1, "notAssessed", true));
        api.put(interviewer.token(), scorecard + "/items/4", Map.of("baseVersion", 2, "score", 1, "note", "Could not name a lock"));
        api.put(interviewer.token(), scorecard + "/flags/" + HiringFixtures.SECURITY_NEGLIGENCE, Map.of("baseVersion", 3, "raised", true));

        Response refused = api.post(interviewer.token(), scorecard + "/submit", null);

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder(
                "items[2].note", "items[3]", "items[5]", "flags[" + HiringFixtures.SECURITY_NEGLIGENCE + "].note", "recommendation");
        assertThat(api.get(interviewer.token(), scorecard).string("status")).isEqualTo("DRAFT");
    }

    @Test
    void aSubmittedScorecardIsImmutableAndCannotBeSubmittedTwice() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";

        Response submitted = hiring.submitAComplete(interviewer, interview.id(), 3, "YES");
        Response again = api.post(interviewer.token(), scorecard + "/submit", null);
        Response change = api.put(interviewer.token(), scorecard + "/items/2",
                Map.of("baseVersion", submitted.number("version"), "score", 1, "note", "changed my mind"));

        assertThat(submitted.string("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.number("revision")).isEqualTo(1);
        assertThat(submitted.string("revisions[0].submittedAt")).isNotNull();
        assertProblem(again, 409);
        assertProblem(change, 409);
        assertThat(change.string("current.status")).isEqualTo("SUBMITTED");
        assertThat(api.get(interviewer.token(), scorecard).number("items[1].score")).isEqualTo(3);
    }

    @Test
    void anAmendmentAddsARevisionAndKeepsTheOriginal() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";
        hiring.submitAComplete(interviewer, interview.id(), 3, "YES");

        Response noReason = api.post(interviewer.token(), scorecard + "/amend", Map.of());
        Response reopened = api.post(interviewer.token(), scorecard + "/amend", Map.of("reason", "Misread my notes on item 2"));
        Response whileAmending = api.get(tenant.hiringManager().token(), "/api/v1/interviews/" + interview.id() + "/scorecards/" + interviewer.id());
        api.put(interviewer.token(), scorecard + "/items/2",
                Map.of("baseVersion", reopened.number("version"), "score", 2, "note", "Only knew select_related"));
        Response resubmitted = api.post(interviewer.token(), scorecard + "/submit", null);
        String submittedPath = "/api/v1/interviews/" + interview.id() + "/scorecards/" + interviewer.id();
        Response latest = api.get(tenant.hiringManager().token(), submittedPath);
        Response original = api.get(tenant.hiringManager().token(), submittedPath + "/revisions/1");

        assertProblem(noReason, 400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertThat(reopened.string("status")).isEqualTo("AMENDING");
        assertThat(whileAmending.number("revision")).as("the submitted revision keeps counting").isEqualTo(1);
        assertThat(resubmitted.number("revision")).isEqualTo(2);
        assertThat(latest.number("revision")).isEqualTo(2);
        assertThat(latest.string("amended")).isEqualTo("true");
        assertThat(latest.string("amendReason")).isEqualTo("Misread my notes on item 2");
        assertThat(latest.number("items[1].score")).isEqualTo(2);
        assertThat(latest.<List<Object>>get("revisions")).hasSize(2);
        assertThat(original.number("revision")).isEqualTo(1);
        assertThat(original.number("items[1].score")).isEqualTo(3);
        assertThat(original.string("amended")).isEqualTo("false");
    }

    @Test
    void itemsAndFlagsOutsideTheKitAreNotFoundAndBadAnswersAreRefused() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String scorecard = "/api/v1/interviews/" + interview.id() + "/scorecard";

        assertProblem(api.put(interviewer.token(), scorecard + "/items/9", Map.of("baseVersion", 0, "score", 3)), 404);
        assertProblem(api.put(interviewer.token(), scorecard + "/flags/00000000-0000-0000-0003-000000000006",
                Map.of("baseVersion", 0, "raised", true, "note", "x")), 404);
        Response outOfScale = api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 5));
        Response both = api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 3, "notAssessed", true));
        Response keyPoint = api.put(interviewer.token(), scorecard + "/items/2", Map.of("baseVersion", 0, "score", 3, "keyPoints", List.of(42)));
        Response noBase = api.put(interviewer.token(), scorecard + "/items/2", Map.of("score", 3));
        Response badRecommendation = api.put(interviewer.token(), scorecard + "/overall", Map.of("baseVersion", 0, "recommendation", "MAYBE"));

        assertProblem(outOfScale, 400);
        assertThat(outOfScale.errorFields()).containsExactly("score");
        assertProblem(both, 422);
        assertThat(both.errorFields()).containsExactly("score");
        assertProblem(keyPoint, 422);
        assertThat(keyPoint.errorFields()).containsExactly("keyPoints");
        assertProblem(noBase, 400);
        assertThat(noBase.errorFields()).containsExactly("baseVersion");
        assertProblem(badRecommendation, 400);
        assertThat(badRecommendation.errorFields()).containsExactly("recommendation");
        assertThat(badRecommendation.string("errors[0].message"))
                .isEqualTo("has a value of the wrong type: expected one of [DEFINITELY_NO, NO, YES, STRONG_YES, NO_DECISION]");
        assertThat(api.get(interviewer.token(), scorecard).number("version")).isEqualTo(0);
    }
}
