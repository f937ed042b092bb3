package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenario, through the API alone: a panel of three scores blind, then reads each other. */
class BlindScoringScenarioTest extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aPanelScoresBlindThenTheHiringManagerReadsAllAndTheAuditLogShowsEveryStep() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID ada = hiring.aCandidate(tenant, opening, "Ada");
        hiring.aCandidate(tenant, opening, "Grace");
        hiring.aCandidate(tenant, opening, "Barbara");
        Member alice = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Member bob = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Member carol = fixtures.aMember(tenant.admin(), "INTERVIEWER", "HIRING_MANAGER");
        Response interview = api.post(tenant.recruiter().token(), "/api/v1/interviews", Map.of("candidateId", ada,
                "stageId", opening.onsiteStageId(), "scheduledAt", "2026-12-02T09:00:00Z", "panel", List.of(alice.id(), bob.id(), carol.id())));
        UUID id = UUID.fromString(interview.string("id"));
        String panelPath = "/api/v1/interviews/" + id + "/scorecards";

        hiring.submitAComplete(alice, id, 3, "YES");
        Response bobBefore = api.get(bob.token(), panelPath);
        Response bobReadsAliceBefore = api.get(bob.token(), panelPath + "/" + alice.id());
        Response carolBefore = api.get(carol.token(), panelPath);
        Response aliceAfterOwn = api.get(alice.token(), panelPath);
        hiring.submitAComplete(bob, id, 2, "NO");
        hiring.submitAComplete(carol, id, 4, "STRONG_YES");
        Response bobAfter = api.get(bob.token(), panelPath + "/" + alice.id());
        Response manager = api.get(tenant.hiringManager().token(), panelPath);
        Response recruiter = api.get(tenant.recruiter().token(), panelPath);
        api.post(bob.token(), "/api/v1/interviews/" + id + "/scorecard/amend", Map.of("reason", "Undervalued item 3"));
        api.put(bob.token(), "/api/v1/interviews/" + id + "/scorecard/items/3",
                Map.of("baseVersion", api.get(bob.token(), "/api/v1/interviews/" + id + "/scorecard").number("version"),
                        "score", 3, "note", "Re-read notes: knew CSRF"));
        api.post(bob.token(), "/api/v1/interviews/" + id + "/scorecard/submit", null);

        assertThat(interview.status()).isEqualTo(201);
        assertThat(interview.<List<Object>>get("panel")).hasSize(3);
        assertProblem(bobBefore, 403);
        assertProblem(bobReadsAliceBefore, 403);
        assertProblem(carolBefore, 403);
        assertThat(aliceAfterOwn.<List<Object>>get("submitted")).hasSize(1);
        assertThat(aliceAfterOwn.<List<Object>>get("notYetSubmitted")).hasSize(2);
        assertThat(bobAfter.number("items[0].score")).isEqualTo(3);
        assertThat(manager.<List<Map<String, Object>>>get("submitted")).extracting(s -> s.get("recommendation"))
                .containsExactlyInAnyOrder("YES", "NO", "STRONG_YES");
        assertThat(recruiter.<List<Object>>get("submitted")).hasSize(3);
        Response bobsOriginal = api.get(tenant.hiringManager().token(), panelPath + "/" + bob.id() + "/revisions/1");
        Response bobsLatest = api.get(tenant.hiringManager().token(), panelPath + "/" + bob.id());
        assertThat(bobsOriginal.number("items[2].score")).isEqualTo(2);
        assertThat(bobsLatest.number("items[2].score")).isEqualTo(3);
        assertThat(bobsLatest.number("revision")).isEqualTo(2);

        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?size=100");
        List<String> steps = audit.items().stream().map(e -> e.get("entityType") + " " + e.get("action")).toList();
        assertThat(steps).contains("KIT CREATED", "KIT PUBLISHED", "OPENING CREATED", "CANDIDATE CREATED", "INTERVIEW CREATED",
                "USER CREATED", "SCORECARD ITEM_SAVED", "SCORECARD OVERALL_SAVED", "SCORECARD SUBMITTED",
                "SCORECARD AMENDMENT_STARTED", "SCORECARD AMENDMENT_SUBMITTED");
        assertThat(steps.stream().filter(step -> step.equals("SCORECARD SUBMITTED"))).hasSize(3);
        assertThat(steps.stream().filter(step -> step.equals("CANDIDATE CREATED"))).hasSize(3);
        // A draft change says who changed which item when; what it said is audited with the submission.
        Map<String, Object> amendedSave = audit.items().stream()
                .filter(e -> e.get("action").equals("ITEM_SAVED") && bob.email().equals(e.get("actorEmail"))).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) amendedSave.get("after")).get("position")).isEqualTo(3);
        assertThat(amendedSave.get("before")).isNull();
        assertThat(amendedSave.get("occurredAt")).isNotNull();
        Map<String, Object> amendment = audit.items().stream().filter(e -> e.get("action").equals("AMENDMENT_SUBMITTED"))
                .findFirst().orElseThrow();
        assertThat(String.valueOf(amendment.get("after"))).contains("knew CSRF");
    }
}
