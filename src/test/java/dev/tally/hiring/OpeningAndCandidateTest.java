package dev.tally.hiring;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.HiringFixtures.PublishedKit;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningAndCandidateTest extends ApiTest {

    @Test
    void aRecruiterOpensAPositionWithATwoStagePlan() {
        Tenant tenant = fixtures.anOrganisation();

        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Response read = api.get(tenant.recruiter().token(), "/api/v1/openings/" + opening.id());
        Response list = api.get(tenant.admin().token(), "/api/v1/openings");
        Response manager = api.get(tenant.hiringManager().token(), "/api/v1/me");

        assertThat(read.string("title")).isEqualTo("Senior Django developer");
        assertThat(read.string("hiringManager.id")).isEqualTo(tenant.hiringManager().id().toString());
        assertThat(read.string("hiringManager.name")).isEqualTo(manager.string("name")).isNotBlank();
        assertThat(read.string("hiringManager.email")).isEqualTo(tenant.hiringManager().email());
        assertThat(read.<List<Map<String, Object>>>get("stages")).extracting(s -> s.get("name")).containsExactly("Phone screen", "Onsite");
        assertThat(read.string("stages[1].kitStatus")).isEqualTo("PUBLISHED");
        assertThat(read.string("stages[1].kitId")).isEqualTo(opening.onsiteKit().id().toString());
        assertThat(read.string("stages[1].kitName")).isEqualTo("Kit of 5");
        assertThat(read.number("stages[1].kitVersion")).isEqualTo(1);
        assertThat(list.string("totalItems")).isEqualTo("1");
        assertThat(list.number("items[0].stageCount")).isEqualTo(2);
        assertThat(list.string("items[0].hiringManagerName")).isEqualTo(manager.string("name"));
    }

    @Test
    void aPlanNeedsAnActiveHiringManagerAndPublishedKitsOfTheOrganisation() {
        Tenant tenant = fixtures.anOrganisation();
        Response draft = api.post(tenant.recruiter().token(), "/api/v1/kits", Map.of("name", "Draft", "role", "r", "level", "l",
                "items", List.of(Map.of("questionId", "00000000-0000-0000-0001-000000000007", "timeBoxMinutes", 5))));

        Response refused = api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of("title", "Backend",
                "hiringManagerId", tenant.interviewer().id(), "stages", List.of(
                        Map.of("name", "Draft kit", "kitId", draft.string("id"), "kitVersion", 1),
                        Map.of("name", "Starter", "kitId", "00000000-0000-0000-0004-000000000001", "kitVersion", 1),
                        Map.of("name", "Missing", "kitId", UUID.randomUUID(), "kitVersion", 1))));
        Response malformed = api.post(tenant.recruiter().token(), "/api/v1/openings", Map.of("stages", List.of(Map.of("name", ""))));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("hiringManagerId", "stages[0].kitVersion", "stages[1].kitId", "stages[2].kitVersion");
        assertProblem(malformed, 400);
        assertThat(malformed.errorFields()).containsExactlyInAnyOrder("title", "hiringManagerId", "stages[0].name", "stages[0].kitId", "stages[0].kitVersion");
    }

    @Test
    void theHiringManagerChangesThePlanButNotAStageWithInterviews() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        PublishedKit newer = hiring.aPublishedKitWith(tenant, 2);
        UUID candidate = hiring.aCandidate(tenant, opening, "Linus");
        api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", candidate, "stageId", opening.screenStageId(),
                "scheduledAt", "2026-12-01T09:00:00Z", "panel", List.of(tenant.interviewer().id())));
        String plan = "/api/v1/openings/" + opening.id() + "/plan";

        Response reordered = api.put(tenant.hiringManager().token(), plan, Map.of("stages", List.of(
                Map.of("id", opening.onsiteStageId(), "name", "Onsite loop", "kitId", newer.id(), "kitVersion", 1),
                Map.of("id", opening.screenStageId(), "name", "Phone screen", "kitId", opening.screenKit().id(), "kitVersion", 1),
                Map.of("name", "Culture chat", "kitId", newer.id(), "kitVersion", 1))));
        Response dropsUsedStage = api.put(tenant.hiringManager().token(), plan, Map.of("stages", List.of(
                Map.of("id", opening.onsiteStageId(), "name", "Onsite", "kitId", newer.id(), "kitVersion", 1))));
        Member otherManager = fixtures.aMember(tenant.admin(), "HIRING_MANAGER");
        Response notTheirs = api.put(otherManager.token(), plan, Map.of("stages", List.of()));

        assertThat(reordered.status()).as(reordered.toString()).isEqualTo(200);
        assertThat(reordered.<List<Map<String, Object>>>get("stages")).extracting(s -> s.get("name"))
                .containsExactly("Onsite loop", "Phone screen", "Culture chat");
        assertThat(reordered.string("stages[0].id")).isEqualTo(opening.onsiteStageId().toString());
        assertProblem(dropsUsedStage, 409);
        assertProblem(notTheirs, 403);
        assertProblem(api.get(otherManager.token(), "/api/v1/openings/" + opening.id()), 403);
        assertThat(api.get(otherManager.token(), "/api/v1/openings").string("totalItems")).isEqualTo("0");
        assertThat(api.get(tenant.hiringManager().token(), "/api/v1/openings").string("totalItems")).isEqualTo("1");
    }

    @Test
    void candidatesAreAddedListedAndFiltered() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Opening other = hiring.anOpeningWithTwoStages(tenant);
        UUID grace = hiring.aCandidate(tenant, opening, "Grace");
        hiring.aCandidate(tenant, opening, "Edsger");
        hiring.aCandidate(tenant, other, "Alan");
        api.put(tenant.recruiter().token(), "/api/v1/candidates/" + grace,
                Map.of("name", "Grace Hopper", "email", "grace@example.test", "status", "WITHDRAWN"));

        Response ofOpening = api.get(tenant.recruiter().token(), "/api/v1/candidates?openingId=" + opening.id());
        Response withdrawn = api.get(tenant.recruiter().token(), "/api/v1/candidates?status=WITHDRAWN");
        Response badStatus = api.get(tenant.recruiter().token(), "/api/v1/candidates?status=GONE");
        Response duplicate = api.post(tenant.recruiter().token(), "/api/v1/candidates",
                Map.of("openingId", opening.id(), "name", "Again", "email", "GRACE@example.test"));
        Response invalid = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", UUID.randomUUID(), "name", "", "email", "x"));
        Response unknownOpening = api.post(tenant.recruiter().token(), "/api/v1/candidates",
                Map.of("openingId", UUID.randomUUID(), "name", "Nobody", "email", "n@example.test"));

        assertThat(ofOpening.string("totalItems")).isEqualTo("2");
        assertThat(withdrawn.items()).extracting(c -> c.get("name")).containsExactly("Grace Hopper");
        assertProblem(badStatus, 400);
        assertThat(badStatus.errorFields()).containsExactly("status");
        assertThat(badStatus.string("errors[0].message")).isEqualTo("'GONE' is not valid: expected one of [ACTIVE, HIRED, REJECTED, WITHDRAWN]");
        assertProblem(duplicate, 409);
        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("name", "email");
        assertProblem(unknownOpening, 422);
        assertThat(unknownOpening.errorFields()).containsExactly("openingId");
    }

    @Test
    void theHiringManagerRecordsTheDecisionWhichSetsTheStatusAndIsKept() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Margaret");
        String decision = "/api/v1/candidates/" + candidate + "/decision";

        Response byRecruiter = api.post(tenant.recruiter().token(), decision, Map.of("decision", "HIRE", "reason", "Great"));
        Response byOtherManager = api.post(fixtures.aMember(tenant.admin(), "HIRING_MANAGER").token(), decision,
                Map.of("decision", "HIRE", "reason", "Great"));
        Response noReason = api.post(tenant.hiringManager().token(), decision, Map.of("decision", "HIRE"));
        Response unknownDecision = api.post(tenant.hiringManager().token(), decision, Map.of("decision", "MAYBE", "reason", "Hmm"));
        Response first = api.post(tenant.hiringManager().token(), decision, Map.of("decision", "NO_HIRE", "reason", "Weak on security"));
        Response second = api.post(tenant.hiringManager().token(), decision, Map.of("decision", "HIRE", "reason", "Reference check changed my mind"));

        assertProblem(byRecruiter, 403);
        assertProblem(byOtherManager, 403);
        assertProblem(noReason, 400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        assertProblem(unknownDecision, 400);
        assertThat(unknownDecision.errorFields()).containsExactly("decision");
        assertThat(unknownDecision.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected one of [HIRE, NO_HIRE, HOLD]");
        assertThat(first.string("status")).isEqualTo("REJECTED");
        assertThat(second.string("status")).isEqualTo("HIRED");
        assertThat(second.<List<Map<String, Object>>>get("decisions")).extracting(d -> d.get("decision")).containsExactly("NO_HIRE", "HIRE");
        assertThat(second.string("decisions[1].decidedById")).isEqualTo(tenant.hiringManager().id().toString());
        assertThat(second.string("decisions[1].decidedByName"))
                .isEqualTo(api.get(tenant.hiringManager().token(), "/api/v1/me").string("name"));
        assertThat(api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + candidate).string("status")).isEqualTo("HIRED");
    }

    @Test
    void aCandidateSettledByADecisionCannotBeWithdrawnOrReactivatedByHand() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Barbara");
        String path = "/api/v1/candidates/" + candidate;
        api.post(tenant.hiringManager().token(), path + "/decision", Map.of("decision", "NO_HIRE", "reason", "Not this time"));
        String email = api.get(tenant.recruiter().token(), path).string("email");

        Response withdrawn = api.put(tenant.recruiter().token(), path, Map.of("name", "Barbara", "email", email, "status", "WITHDRAWN"));
        Response reactivated = api.put(tenant.recruiter().token(), path, Map.of("name", "Barbara", "email", email, "status", "ACTIVE"));

        for (Response refused : List.of(withdrawn, reactivated)) {
            assertProblem(refused, 422);
            assertThat(refused.errorFields()).containsExactly("status");
            assertThat(refused.string("errors[0].message")).isEqualTo("cannot change: the candidate is rejected by a recorded decision");
        }
        assertThat(api.get(tenant.recruiter().token(), path).string("status")).isEqualTo("REJECTED");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOneCandidate() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String body = api.toJson(Map.of("openingId", opening.id(), "name", "Once", "email", Fixtures.uniqueEmail("once")));

        Response first = api.sendRaw("POST", "/api/v1/candidates", tenant.recruiter().token(), body, "application/json", "add-once");
        Response retry = api.sendRaw("POST", "/api/v1/candidates", tenant.recruiter().token(), body, "application/json", "add-once");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.string("id")).isEqualTo(first.string("id"));
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/candidates?openingId=" + opening.id()).string("totalItems")).isEqualTo("1");
    }

    @Test
    void rolesAndOrganisationsAreRefused() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ken");
        Tenant stranger = fixtures.anOrganisation();
        Map<String, Object> openingBody = Map.of("title", "x", "hiringManagerId", tenant.hiringManager().id(), "stages", List.of());
        Map<String, Object> candidateBody = Map.of("openingId", opening.id(), "name", "x", "email", "x@example.test");
        Map<String, Object> candidateUpdate = Map.of("name", "x", "email", "x@example.test", "status", "ACTIVE");

        for (Member refused : List.of(tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.post(refused.token(), "/api/v1/openings", openingBody), 403);
            assertProblem(api.put(refused.token(), "/api/v1/openings/" + opening.id(), Map.of("title", "x", "hiringManagerId", tenant.hiringManager().id())), 403);
            assertProblem(api.post(refused.token(), "/api/v1/candidates", candidateBody), 403);
            assertProblem(api.put(refused.token(), "/api/v1/candidates/" + candidate, candidateUpdate), 403);
        }
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/openings"), 403);
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/openings/" + opening.id()), 403);
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/candidates"), 403);
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/candidates/" + candidate), 403);
        assertProblem(api.put(tenant.interviewer().token(), "/api/v1/openings/" + opening.id() + "/plan", Map.of("stages", List.of())), 403);

        assertProblem(api.get(stranger.recruiter().token(), "/api/v1/openings/" + opening.id()), 404);
        assertProblem(api.put(stranger.recruiter().token(), "/api/v1/openings/" + opening.id(),
                Map.of("title", "x", "hiringManagerId", stranger.hiringManager().id())), 404);
        assertProblem(api.put(stranger.recruiter().token(), "/api/v1/openings/" + opening.id() + "/plan", Map.of("stages", List.of())), 404);
        assertProblem(api.get(stranger.recruiter().token(), "/api/v1/candidates/" + candidate), 404);
        assertProblem(api.put(stranger.recruiter().token(), "/api/v1/candidates/" + candidate, candidateUpdate), 404);
        assertProblem(api.post(stranger.hiringManager().token(), "/api/v1/candidates/" + candidate + "/decision",
                Map.of("decision", "HIRE", "reason", "x")), 404);
        assertThat(api.get(stranger.recruiter().token(), "/api/v1/candidates").string("totalItems")).isEqualTo("0");
    }

    @Test
    void anOpeningHasATeamAndClosesAndReopensIdempotently() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String path = "/api/v1/openings/" + opening.id();

        Response renamed = api.put(tenant.recruiter().token(), path, Map.of("title", "Staff Django developer", "team", " Payments ",
                "hiringManagerId", tenant.hiringManager().id()));
        Response closed = api.post(tenant.recruiter().token(), path + "/close", null);
        Response closedAgain = api.post(tenant.admin().token(), path + "/close", null);
        Response closedList = api.get(tenant.recruiter().token(), "/api/v1/openings?status=CLOSED&q=payments");
        Response openList = api.get(tenant.recruiter().token(), "/api/v1/openings?status=OPEN");
        Response refusedCandidate = api.post(tenant.recruiter().token(), "/api/v1/candidates",
                Map.of("openingId", opening.id(), "name", "Late", "email", "late@example.test"));
        Response reopened = api.post(tenant.recruiter().token(), path + "/reopen", null);

        assertThat(renamed.string("team")).isEqualTo("Payments");
        assertThat(renamed.string("status")).isEqualTo("OPEN");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.string("status")).isEqualTo("CLOSED");
        assertThat(closedAgain.status()).isEqualTo(200);
        assertThat(closedList.items()).extracting(o -> o.get("team")).containsExactly("Payments");
        assertThat(openList.items()).isEmpty();
        assertProblem(refusedCandidate, 409);
        assertThat(refusedCandidate.string("type")).isEqualTo("urn:tally:problem:opening-closed");
        assertThat(reopened.string("status")).isEqualTo("OPEN");
        assertProblem(api.post(tenant.hiringManager().token(), path + "/close", null), 403);
        assertProblem(api.post(fixtures.anOrganisation().admin().token(), path + "/close", null), 404);
        Response paused = api.get(tenant.recruiter().token(), "/api/v1/openings?status=PAUSED");
        assertProblem(paused, 400);
        assertThat(paused.errorFields()).containsExactly("status");
        assertThat(paused.string("errors[0].message")).isEqualTo("'PAUSED' is not valid: expected one of [OPEN, CLOSED]");
    }

    @Test
    void aCandidateHasAPhoneASourceALinkAndNotes() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);

        Response created = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(),
                "name", "Grace Hopper", "email", "grace@example.test", "phone", "+44 (20) 7946-0958", "source", "Referral",
                "link", "https://example.test/grace.pdf", "notes", "Strong systems background.\nAsk about COBOL."));
        String path = "/api/v1/candidates/" + created.string("id");
        Response updated = api.put(tenant.recruiter().token(), path, Map.of("name", "Grace Hopper", "email", "grace@example.test",
                "source", "Conference", "status", "ACTIVE"));
        Response hiredByHand = api.put(tenant.recruiter().token(), path, Map.of("name", "Grace Hopper", "email", "grace@example.test",
                "status", "HIRED"));
        Response refused = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(),
                "name", "Mallory", "email", "mallory@example.test", "phone", "call me", "source", "x".repeat(101),
                "link", "javascript:alert(1)", "notes", "x".repeat(10001)));
        Response relative = api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(),
                "name", "Mallory", "email", "mallory@example.test", "link", "/cv.pdf"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.string("phone")).isEqualTo("+44 (20) 7946-0958");
        assertThat(created.string("link")).isEqualTo("https://example.test/grace.pdf");
        assertThat(created.string("notes")).isEqualTo("Strong systems background.\nAsk about COBOL.");
        assertThat(updated.string("source")).isEqualTo("Conference");
        assertThat(updated.<Object>get("phone")).isNull();
        assertProblem(hiredByHand, 400);
        assertThat(hiredByHand.errorFields()).containsExactly("status");
        assertThat(hiredByHand.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected one of [ACTIVE, WITHDRAWN]");
        assertProblem(refused, 400);
        assertThat(refused.errorFields()).containsExactly("link", "notes", "phone", "source");
        assertThat(relative.errorFields()).containsExactly("link");
        Map<String, Object> summary = api.get(tenant.recruiter().token(), "/api/v1/candidates?openingId=" + opening.id()).items().get(0);
        assertThat(summary).containsEntry("source", "Conference").containsEntry("interviewCount", 0)
                .containsEntry("awaitingDecision", false).containsKey("phone");
        assertThat(summary.get("stageName")).isNull();
    }

    @Test
    void candidatesAreFilteredByStageTextAndAwaitingDecisionAndOpeningsCountThem() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Member panelist = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        UUID done = hiring.aCandidate(tenant, opening, "Done Interviewed");
        UUID inProgress = hiring.aCandidate(tenant, opening, "In Progress");
        UUID untouched = hiring.aCandidate(tenant, opening, "Not Yet");
        UUID withdrawn = hiring.aCandidate(tenant, opening, "Withdrawn Person");
        api.put(tenant.recruiter().token(), "/api/v1/candidates/" + withdrawn, Map.of("name", "Withdrawn Person",
                "email", "withdrawn@example.test", "status", "WITHDRAWN"));
        UUID submitted = hiring.anOnsiteInterview(tenant, opening, done, List.of(panelist));
        hiring.submitAComplete(panelist, submitted, 3, "YES");
        hiring.anOnsiteInterview(tenant, opening, inProgress, List.of(panelist));
        String list = "/api/v1/candidates?openingId=" + opening.id();

        Response awaiting = api.get(tenant.recruiter().token(), list + "&awaitingDecision=true");
        Response atOnsite = api.get(tenant.recruiter().token(), list + "&stageId=" + opening.onsiteStageId());
        Response atScreen = api.get(tenant.recruiter().token(), list + "&stageId=" + opening.screenStageId());
        Response byText = api.get(tenant.hiringManager().token(), list + "&q=NOT%20YET");
        Response openings = api.get(tenant.hiringManager().token(), "/api/v1/openings");

        assertThat(awaiting.items()).extracting(c -> c.get("id")).containsExactly(done.toString());
        assertThat(awaiting.items().get(0)).containsEntry("stageName", "Onsite").containsEntry("interviewCount", 1);
        assertThat(atOnsite.items()).extracting(c -> c.get("id")).containsExactlyInAnyOrder(done.toString(), inProgress.toString());
        assertThat(atScreen.items()).isEmpty();
        assertThat(byText.items()).extracting(c -> c.get("id")).containsExactly(untouched.toString());
        assertThat(openings.items().get(0)).containsEntry("candidateCount", 4).containsEntry("activeCandidateCount", 3)
                .containsEntry("awaitingDecisionCount", 1).containsEntry("status", "OPEN");
    }
}
