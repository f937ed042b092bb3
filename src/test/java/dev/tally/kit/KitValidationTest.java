package dev.tally.kit;

import dev.tally.question.QuestionFixtures;
import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.tally.kit.KitFixtures.aFullKit;
import static dev.tally.kit.KitFixtures.aKitWith;
import static dev.tally.kit.KitFixtures.with;
import static dev.tally.support.BuiltInBank.NO_TESTING_CULTURE;
import static dev.tally.support.BuiltInBank.ORM_IGNORANCE;
import static dev.tally.support.BuiltInBank.SECURITY_NEGLIGENCE;
import static dev.tally.support.BuiltInBank.question;
import static org.assertj.core.api.Assertions.assertThat;

/** Every way a kit can be wrong answers 4xx problem+json naming the field and the rule. */
class KitValidationTest extends ApiTest {

    @Test
    void anEmptyKitCannotBePublished() {
        String token = fixtures.anOrganisation().recruiter().token();
        String id = api.post(token, "/api/v1/kits", aKitWith(0)).string("id");

        Response refused = api.post(token, "/api/v1/kits/" + id + "/publish", null);

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("items");
        assertThat(api.get(token, "/api/v1/kits/" + id).string("status")).isEqualTo("DRAFT");
    }

    @Test
    void aWeightMustBePositive() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response zero = api.post(token, "/api/v1/kits", with(aKitWith(1), "items", List.of(Map.of("questionId", question(7), "weight", 0, "timeBoxMinutes", 10))));
        Response negative = api.post(token, "/api/v1/kits", with(aKitWith(1), "items", List.of(Map.of("questionId", question(7), "weight", -1, "timeBoxMinutes", 10))));

        assertProblem(zero, 400);
        assertThat(zero.errorFields()).containsExactly("items[0].weight");
        assertThat(zero.string("errors[0].message")).isEqualTo("must be greater than 0");
        assertProblem(negative, 400);
        assertThat(negative.errorFields()).containsExactly("items[0].weight");
    }

    @Test
    void aQuestionAppearsAtMostOnce() {
        String token = fixtures.anOrganisation().recruiter().token();
        List<Map<String, Object>> items = List.of(Map.of("questionId", question(7), "timeBoxMinutes", 10),
                Map.of("questionId", question(2), "timeBoxMinutes", 10), Map.of("questionId", question(7), "timeBoxMinutes", 5));

        Response duplicate = api.post(token, "/api/v1/kits", with(aKitWith(0), "items", items));

        assertProblem(duplicate, 422);
        assertThat(duplicate.errorFields()).containsExactly("items[2].questionId");
        assertThat(duplicate.string("errors[0].message")).contains("items[0]");
    }

    @Test
    void aKnockoutMustBeOnTheChecklist() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response refused = api.post(token, "/api/v1/kits", with(with(aFullKit(), "redFlagIds", List.of(ORM_IGNORANCE, NO_TESTING_CULTURE)),
                "knockoutIds", List.of(SECURITY_NEGLIGENCE)));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("knockoutIds[0]");
        assertThat(refused.string("errors[0].message")).contains("not on the checklist");
    }

    @Test
    void aRuleMayNameOnlyAKnownCompetency() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response refused = api.post(token, "/api/v1/kits", with(aFullKit(), "rules", Map.of("minPerCompetency", Map.of("JUGGLING", 3))));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("rules.minPerCompetency[JUGGLING]");
        assertThat(refused.string("errors[0].message")).contains("is not a competency");
    }

    @Test
    void rulesForMoreCompetenciesThanAKitCanHoldAreRefusedInOneError() {
        String token = fixtures.anOrganisation().recruiter().token();
        Map<String, Object> fortyThousandUnknown = new HashMap<>();
        for (int i = 0; i < 40_000; i++) {
            fortyThousandUnknown.put("C" + i, 3);
        }

        Response refused = api.post(token, "/api/v1/kits", with(aFullKit(), "rules", Map.of("minPerCompetency", fortyThousandUnknown)));

        assertProblem(refused, 400);
        assertThat(refused.errorFields()).containsExactly("rules.minPerCompetency");
        assertThat(refused.string("errors[0].message")).isEqualTo("must have at most 50 competencies");
        // Each unknown key used to get its own error: 40,000 keys answered 7.9 MB.
        assertThat(refused.body().getBytes(StandardCharsets.UTF_8)).hasSizeLessThan(10 * 1024);
    }

    @Test
    void aMinimumForACompetencyNoItemAssessesBlocksPublishing() {
        String token = fixtures.anOrganisation().recruiter().token();
        String id = api.post(token, "/api/v1/kits", with(aKitWith(2), "rules", Map.of("minPerCompetency", Map.of("TESTING", 3)))).string("id");

        Response refused = api.post(token, "/api/v1/kits/" + id + "/publish", null);

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("rules.minPerCompetency[TESTING]");
    }

    @Test
    void rulesOutsideTheScaleAreRefused() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response refused = api.post(token, "/api/v1/kits", with(aFullKit(), "rules",
                Map.of("minOverall", 5, "minPerCompetency", Map.of("ORM", 0.5), "disagreementSpread", 4)));

        assertProblem(refused, 400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("rules.minOverall", "rules.minPerCompetency[ORM]", "rules.disagreementSpread");
    }

    @Test
    void unknownQuestionsAndRedFlagsAreNamed() {
        String token = fixtures.anOrganisation().recruiter().token();
        String otherOrgsQuestion = api.post(fixtures.anOrganisation().recruiter().token(), "/api/v1/questions",
                QuestionFixtures.aQuestion(null)).string("id");

        Response refused = api.post(token, "/api/v1/kits", with(with(aKitWith(0), "items", List.of(
                        Map.of("questionId", UUID.randomUUID().toString(), "timeBoxMinutes", 5),
                        Map.of("questionId", otherOrgsQuestion, "timeBoxMinutes", 5),
                        Map.of("questionId", question(7), "questionVersion", 9, "timeBoxMinutes", 5))),
                "redFlagIds", List.of(UUID.randomUUID().toString())));

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("items[0].questionId", "items[1].questionId", "items[2].questionVersion", "redFlagIds[0]");
    }

    @Test
    void malformedAndIncompleteKitsNameEachField() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response incomplete = api.post(token, "/api/v1/kits", Map.of("items", List.of(Map.of("questionId", question(7)))));
        Response malformed = api.sendRaw("POST", "/api/v1/kits", token, "{\"name\": ", "application/json");
        Response wrongType = api.sendRaw("POST", "/api/v1/kits", token, "{\"name\": \"x\", \"items\": \"all of them\"}", "application/json");

        assertProblem(incomplete, 400);
        assertThat(incomplete.errorFields()).containsExactlyInAnyOrder("name", "role", "level", "items[0].timeBoxMinutes");
        assertProblem(malformed, 400);
        assertProblem(wrongType, 400);
    }
}
