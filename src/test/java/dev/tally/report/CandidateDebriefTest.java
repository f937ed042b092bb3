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
import java.util.UUID;
import java.util.stream.Collectors;

import static dev.tally.support.Scoring.scoring;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate report as a debrief: who said what (recommendation, summary, flags with evidence) under blind scoring,
 * question texts and competency names, and the hiring manager's final decision beside the suggestion.
 */
class CandidateDebriefTest extends ApiTest {

    @Test
    void eachSubmittedPanelistsRecommendationAndSummaryAppearWithQuestionTextsAndCompetencyNames() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 2);
        Member ivy = interview.panel().get(0);
        scoring(api, ivy, interview.id()).score(1, 3).score(2, 3).score(3, 3).score(4, 3).score(5, 3)
                .flag(HiringFixtures.ORM_IGNORANCE, "Loaded every order in a loop")
                .recommend("YES", "Careful with data, quick to test.").submit();

        Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + interview.candidateId() + "/report");

        List<Map<String, Object>> panel = report.get("interviews[0].panel");
        Map<String, Object> submitted = panel.stream().filter(seat -> seat.get("interviewerId").equals(ivy.id().toString())).findFirst().orElseThrow();
        Map<String, Object> waiting = panel.stream().filter(seat -> !seat.get("interviewerId").equals(ivy.id().toString())).findFirst().orElseThrow();
        assertThat(submitted).containsEntry("recommendation", "YES").containsEntry("summary", "Careful with data, quick to test.");
        assertThat((String) submitted.get("submittedAt")).isNotBlank();
        assertThat(waiting).containsEntry("submitted", false).containsEntry("summary", null).containsEntry("recommendation", null);
        assertThat(report.string("interviews[0].redFlags[0].note")).isEqualTo("Loaded every order in a loop");
        assertThat(report.string("interviews[0].redFlags[0].interviewerId")).isEqualTo(ivy.id().toString());

        Map<String, String> competencyNames = api.get(tenant.hiringManager().token(), "/api/v1/competencies").<List<Map<String, Object>>>get("")
                .stream().collect(Collectors.toMap(c -> (String) c.get("code"), c -> (String) c.get("name")));
        List<Map<String, Object>> items = report.get("interviews[0].items");
        assertThat(items).hasSize(5).allSatisfy(item -> {
            assertThat((String) item.get("questionText")).isNotBlank().isNotEqualTo(item.get("questionCode"));
            assertThat(item.get("competencyName")).isEqualTo(competencyNames.get((String) item.get("competency")));
        });
        String questionText = api.get(tenant.hiringManager().token(), "/api/v1/questions/" + HiringFixtures.question(2) + "/versions/1")
                .string("text");
        assertThat(items.get(0).get("questionText")).isEqualTo(questionText);
        assertThat(report.<List<Map<String, Object>>>get("competencies"))
                .allSatisfy(c -> assertThat(c.get("competencyName")).isEqualTo(competencyNames.get((String) c.get("competency"))));
    }

    @Test
    void aPanelistWhoHasNotSubmittedReadsNoColleaguesSummary() {
        Tenant tenant = fixtures.anOrganisation();
        HiringFixtures.Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ada Lovelace");
        Member submitted = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Member stillScoring = fixtures.aMember(tenant.admin(), "INTERVIEWER", "RECRUITER");
        UUID interview = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(submitted, stillScoring));
        hiring.submitAComplete(submitted, interview, 3, "YES");

        Response report = api.get(stillScoring.token(), "/api/v1/candidates/" + candidate + "/report");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.<Boolean>get("interviews[0].hiddenUntilYouSubmit")).isTrue();
        assertThat(report.<List<Map<String, Object>>>get("interviews[0].panel"))
                .allSatisfy(seat -> assertThat(seat).containsEntry("summary", null).containsEntry("recommendation", null));
        assertThat(report.body()).doesNotContain("Solid");
    }

    @Test
    void theHiringManagerHoldsACandidateWhoStaysActiveAndTheSuggestionIsKeptWithTheReason() {
        Tenant tenant = fixtures.anOrganisation();
        Member grace = fixtures.aMemberNamed(tenant.admin(), "Grace Manager", "HIRING_MANAGER");
        HiringFixtures.Opening opening = hiring.anOpeningManagedBy(tenant, grace);
        UUID candidateId = hiring.aCandidate(tenant, opening, "Ada Lovelace");
        Member interviewer = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        hiring.submitAComplete(interviewer, hiring.anOnsiteInterview(tenant, opening, candidateId, List.of(interviewer)), 4, "STRONG_YES");
        String candidate = "/api/v1/candidates/" + candidateId;
        String manager = grace.token();
        Response before = api.get(manager, candidate + "/report");
        assertThat(before.string("suggestedDecision.decision")).isEqualTo("ADVANCE");
        assertThat(before.<Boolean>get("mayDecide")).isTrue();
        assertThat(before.<List<String>>get("decisionsFollowingSuggestion")).containsExactly("HIRE");

        Response held = api.post(manager, candidate + "/decision", Map.of("decision", "HOLD", "reason", "Waiting for the second team's slot"));

        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.string("status")).isEqualTo("ACTIVE");
        assertThat(held.string("decisions[0].suggestedDecision")).isEqualTo("ADVANCE");
        Response report = api.get(manager, candidate + "/report");
        assertThat(report.string("finalDecision.decision")).isEqualTo("HOLD");
        assertThat(report.string("finalDecision.suggestedThen")).isEqualTo("ADVANCE");
        assertThat(report.<Boolean>get("finalDecision.departsFromSuggestion")).isTrue();
        assertThat(report.string("finalDecision.decidedBy")).isEqualTo("Grace Manager");
        assertThat(report.string("finalDecision.reason")).isEqualTo("Waiting for the second team's slot");
        Response awaiting = api.get(manager, "/api/v1/candidates?openingId=" + opening.id() + "&awaitingDecision=true");
        assertThat(awaiting.items()).extracting(c -> c.get("id")).containsExactly(candidateId.toString());

        Response hired = api.post(manager, candidate + "/decision", Map.of("decision", "HIRE", "reason", "Slot came through"));
        assertThat(hired.string("status")).isEqualTo("HIRED");
        assertThat(api.get(manager, candidate + "/report").<Boolean>get("finalDecision.departsFromSuggestion")).isFalse();

        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=CANDIDATE&entityId=" + candidateId);
        Map<String, Object> decided = audit.items().stream().filter(event -> "DECIDED".equals(event.get("action")))
                .filter(event -> event.get("after").toString().contains("HOLD") && !event.get("after").toString().contains("Slot came"))
                .findFirst().orElseThrow();
        assertThat(decided.get("after").toString()).contains("suggestedDecision=ADVANCE").contains("Waiting for the second team's slot");
    }

    @Test
    void onlyTheOpeningsHiringManagerDecidesWithAReasonAndAnotherOrganisationsCandidateIsNotFound() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        hiring.raiseFlag(interview.panel().get(0), interview.id(), HiringFixtures.SECURITY_NEGLIGENCE, "Stored passwords in plain text");
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 2, "NO");
        String decision = "/api/v1/candidates/" + interview.candidateId() + "/decision";
        Member otherManager = fixtures.aMember(tenant.admin(), "HIRING_MANAGER");

        Response blankReason = api.post(tenant.hiringManager().token(), decision, Map.of("decision", "HOLD", "reason", "  "));
        Response notTheirs = api.post(otherManager.token(), decision, Map.of("decision", "HOLD", "reason", "Looks fine"));
        Response stranger = api.post(fixtures.anOrganisation().hiringManager().token(), decision, Map.of("decision", "HOLD", "reason", "x"));
        Response reportForRecruiter = api.get(tenant.recruiter().token(), "/api/v1/candidates/" + interview.candidateId() + "/report");

        assertProblem(blankReason, 400);
        assertThat(blankReason.errorFields()).containsExactly("reason");
        assertProblem(notTheirs, 403);
        assertProblem(stranger, 404);
        assertThat(reportForRecruiter.<Boolean>get("mayDecide")).isFalse();
        assertThat(reportForRecruiter.string("suggestedDecision.decision")).isEqualTo("REJECT"); // a knockout was raised
        assertThat(reportForRecruiter.<List<String>>get("decisionsFollowingSuggestion")).containsExactly("NO_HIRE");
        assertThat(reportForRecruiter.<Object>get("finalDecision")).isNull();
    }

    @Test
    void thePrintableReportWritesDatesForTheReadersZoneAndLanguageAndNamesAnUnknownOne() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String page = "/api/v1/candidates/" + interview.candidateId() + "/report.html";
        String manager = tenant.hiringManager().token();

        Response inTokyo = api.get(manager, page + "?zone=Asia/Tokyo&locale=en-GB");
        Response byDefault = api.get(manager, page);
        Response unknownZone = api.get(manager, page + "?zone=Mars/Olympus");
        Response illFormedLocale = api.get(manager, page + "?locale=not_a_tag!");
        Response overlongZone = api.get(manager, page + "?zone=" + "Europe/".repeat(10));

        // the interview is at 2026-12-01T10:00:00Z
        assertThat(inTokyo.body()).contains("<time datetime=\"2026-12-01T10:00:00Z\">1 Dec 2026, 19:00 Asia/Tokyo</time>");
        assertThat(byDefault.body()).contains("<time datetime=\"2026-12-01T10:00:00Z\">Dec 1, 2026, 10:00 AM UTC</time>");
        assertProblem(unknownZone, 400);
        assertThat(unknownZone.errorFields()).containsExactly("zone");
        assertProblem(illFormedLocale, 400);
        assertThat(illFormedLocale.errorFields()).containsExactly("locale");
        assertProblem(overlongZone, 400);
        assertThat(overlongZone.errorFields()).containsExactly("zone");
    }
}
