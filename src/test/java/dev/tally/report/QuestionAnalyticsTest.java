package dev.tally.report;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.tally.support.ApiTest;
import dev.tally.support.Axe;
import dev.tally.support.Chromium;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static dev.tally.support.HiringFixtures.question;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Question analytics of the {@link HandComputedHiring hand-computed organisation}, with the minimums lowered so that its
 * few scorecards give correlations. Screen scorecards (Q2, Q10, Q13): Xavier by P1 (3, 2, not assessed) and P2 (4, 3, 2);
 * Yvonne by P1 (1, 1, not assessed); Victor by P2 (2, 1, 2). Final decisions: Xavier hired, Yvonne and Victor not.
 */
@MicronautTest(transactional = false)
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

        // item–rest of Q10: (2, 3), (3, 3), (1, 1), (1, 2): Σx = 7, Σy = 9, Σx² = 15, Σy² = 23, Σxy = 18; r = 9 / sqrt(11·11)
        assertThat(version(all, "Q10").number("itemRest.r")).isCloseTo(9.0 / 11, within(1e-9));
        Response q13 = version(all, "Q13");
        assertThat(q13.number("notAssessedRate")).isCloseTo(0.5, within(1e-9));
        // Q13 was scored 2 and 2: no variation, nothing to correlate
        assertThat(q13.string("itemRest.status")).isEqualTo("insufficient data");
        assertThat(q13.<Object>get("itemRest.r")).isNull();
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

    @Test
    void theBankPageShowsBesideEachQuestionHowItWorked() {
        HandComputedHiring world = new HandComputedHiring(fixtures, hiring);
        api.post(world.tenant.hiringManager().token(), "/api/v1/candidates/" + world.xavier + "/decision",
                Map.of("decision", "HIRE", "reason", "Yes"));
        Response q10 = version(api.get(world.tenant.recruiter().token(), "/api/v1/question-analytics"), "Q10");

        try (BrowserContext context = Chromium.shared().browser().newContext()) {
            Page page = Chromium.logIn(context, server.getURI(), "/app/questions.html", world.tenant.recruiter());
            Locator row = page.locator("#bank-rows tr[data-question='" + question(10) + "']");

            assertThat(row).containsText("Q10 v1");
            Map<String, Object> scores = q10.get("scores");
            for (String level : List.of("1", "2", "3", "4")) {
                assertThat(row.locator("rect[data-level='" + level + "']")).hasAttribute("data-count", String.valueOf(scores.get(level)));
            }
            assertThat(row.locator("svg[role=img]")).hasAttribute("aria-label", "Scores: 1 × 2, 2 × 1, 3 × 1, 4 × 0, not assessed × 0");
            assertThat(row.locator("[data-item-rest]")).hasText(String.format(Locale.ROOT, "%.2f", q10.number("itemRest.r")));
            assertThat(row.locator("[data-decision]")).hasText("insufficient data"); // nobody rejected yet
            assertThat(page.locator("#bank-rows tr[data-question='" + question(20) + "']")).containsText("Not asked yet");
            Axe.check(page);
            assertThat(Chromium.widthAtPhoneSize(page)).isLessThanOrEqualTo(390);

            page.selectOption("#bank-query select[name=competency]", "SECURITY");
            page.click("#bank-query button");
            assertThat(page.locator("#bank-rows tr[data-question='" + question(10) + "']")).isVisible();
            assertThat(page.locator("#bank-rows tr[data-question='" + question(2) + "']")).hasCount(0);
        }
    }

    private static Response version(Response all, String code) {
        return all.<List<Map<String, Object>>>get("").stream().filter(q -> q.get("questionCode").equals(code)).findFirst()
                .map(Response::of).orElseThrow();
    }
}
