package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.support.HiringFixtures.question;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Question analytics of the {@link HandComputedHiring hand-computed organisation}, with the minimums lowered so that its
 * few scorecards give correlations. Screen scorecards (Q2, Q10, Q13): Xavier by P1 (3, 2, not assessed) and P2 (4, 3, 2);
 * Yvonne by P1 (1, 1, not assessed); Victor by P2 (2, 1, 2). Final decisions: Xavier hired, Yvonne and Victor not.
 */
@Property(name = "tally.reports.min-units", value = "2")
@Property(name = "tally.reports.min-each-decision", value = "1")
class QuestionAnalyticsTest extends ApiTest {

    @Test
    void questionAnalyticsTellWhichQuestionsWork() {
        HandComputedHiring world = new HandComputedHiring(fixtures, hiring);
        String manager = world.tenant.hiringManager().token();
        api.post(manager, "/api/v1/candidates/" + world.xavier + "/decision", Map.of("decision", "HIRE", "reason", "Yes"));
        api.post(manager, "/api/v1/candidates/" + world.yvonne + "/decision", Map.of("decision", "NO_HIRE", "reason", "Knockout"));
        api.post(manager, "/api/v1/candidates/" + world.victor + "/decision", Map.of("decision", "NO_HIRE", "reason", "No"));

        Response q2 = api.get(world.tenant.recruiter().token(), "/api/v1/questions/" + question(2) + "/analytics");
        Response all = api.get(manager, "/api/v1/question-analytics");

        assertThat(q2.string("questionCode")).isEqualTo("Q2");
        assertThat(q2.<List<Object>>get("versions")).hasSize(1);
        assertThat(q2.number("versions[0].questionVersion")).isEqualTo(1);
        assertThat(q2.number("versions[0].timesAsked")).isEqualTo(3);
        assertThat(q2.number("versions[0].answers")).isEqualTo(4);
        assertThat(q2.<Map<String, Object>>get("versions[0].scores")).containsEntry("1", 1).containsEntry("2", 1).containsEntry("3", 1)
                .containsEntry("4", 1);
        assertThat(q2.number("versions[0].mean")).isCloseTo(2.5, within(1e-9));
        assertThat(q2.number("versions[0].floorRate")).isCloseTo(0.25, within(1e-9));
        assertThat(q2.number("versions[0].ceilingRate")).isCloseTo(0.25, within(1e-9));
        assertThat(q2.number("versions[0].hiredMean")).isCloseTo(3.5, within(1e-9));
        assertThat(q2.number("versions[0].notHiredMean")).isCloseTo(1.5, within(1e-9));
        // item–rest of Q2: (3, 2), (4, 2.5), (1, 1), (2, 1.5): n = 4, Σx = 10, Σy = 7, Σx² = 30, Σy² = 13.5, Σxy = 20;
        // r = (80 − 70) / sqrt((120 − 100)·(54 − 49)) = 1
        assertThat(q2.number("versions[0].itemRest.r")).isCloseTo(1.0, within(1e-9));
        assertThat(q2.number("versions[0].itemRest.units")).isEqualTo(4);
        // decision agreement of Q2: interview means 3.5 (hired), 1 and 2 (not): Σx = 6.5, Σy = 1, Σx² = 17.25, Σxy = 3.5;
        // r = (10.5 − 6.5) / sqrt((51.75 − 42.25)·(3 − 1)) = 4 / sqrt(19)
        assertThat(q2.number("versions[0].decisionAgreement.r")).isCloseTo(4 / Math.sqrt(19), within(1e-9));
        assertThat(q2.string("versions[0].decisionAgreement.status")).isEqualTo("ok");

        Map<String, Object> q10 = version(all, "Q10");
        // item–rest of Q10: (2, 3), (3, 3), (1, 1), (1, 2): Σx = 7, Σy = 9, Σx² = 15, Σy² = 23, Σxy = 18; r = 9 / sqrt(11·11)
        assertThat(((Number) ((Map<?, ?>) q10.get("itemRest")).get("r")).doubleValue()).isCloseTo(9.0 / 11, within(1e-9));
        Map<String, Object> q13 = version(all, "Q13");
        assertThat(((Number) q13.get("notAssessedRate")).doubleValue()).isCloseTo(0.5, within(1e-9));
        // Q13 was scored 2 and 2: no variation, nothing to correlate
        assertThat(((Map<?, ?>) q13.get("itemRest")).get("status")).isEqualTo("insufficient data");
        assertThat(((Map<?, ?>) q13.get("itemRest")).get("r")).isNull();
    }

    @Test
    void aQuestionNeverAskedHasNoVersionsAndStrangersAndInterviewersAreRefused() {
        HandComputedHiring world = new HandComputedHiring(fixtures, hiring);

        Response neverAsked = api.get(world.tenant.recruiter().token(), "/api/v1/questions/" + question(20) + "/analytics");

        assertThat(neverAsked.<List<Object>>get("versions")).isEmpty();
        assertProblem(api.get(world.p1.token(), "/api/v1/questions/" + question(2) + "/analytics"), 403);
        assertProblem(api.get(world.p1.token(), "/api/v1/question-analytics"), 403);
        assertProblem(api.get(world.tenant.recruiter().token(), "/api/v1/questions/" + UUID.randomUUID() + "/analytics"), 404);
        assertThat(api.get(fixtures.anOrganisation().admin().token(), "/api/v1/questions/" + question(2) + "/analytics")
                .<List<Object>>get("versions")).as("another organisation's interviews do not count").isEmpty();
    }

    private static Map<String, Object> version(Response all, String code) {
        return all.<List<Map<String, Object>>>get("").stream().filter(q -> q.get("questionCode").equals(code)).findFirst().orElseThrow();
    }
}
