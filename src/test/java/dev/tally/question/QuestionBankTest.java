package dev.tally.question;

import dev.tally.support.ApiTest;
import dev.tally.support.BuiltInBank;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.tally.question.QuestionFixtures.aQuestion;
import static dev.tally.question.QuestionFixtures.aQuestionVersion;
import static org.assertj.core.api.Assertions.assertThat;

class QuestionBankTest extends ApiTest {

    private static final String Q7 = BuiltInBank.question(7);

    @Test
    void theBuiltInBankHoldsTheGuidesTwentyQuestionsInOrder() {
        Member interviewer = fixtures.anOrganisation().interviewer();

        Response bank = api.get(interviewer.token(), "/api/v1/questions?size=50");

        assertThat(bank.status()).isEqualTo(200);
        assertThat(bank.string("totalItems")).isEqualTo("20");
        assertThat(bank.items()).extracting(q -> q.get("code"))
                .containsExactly("Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q9", "Q10",
                        "Q11", "Q12", "Q13", "Q14", "Q15", "Q16", "Q17", "Q18", "Q19", "Q20");
        assertThat(bank.string("items[0].text"))
                .isEqualTo("Explain Django’s MVT architecture and how it differs from traditional MVC patterns.");
        assertThat(bank.string("items[0].section")).isEqualTo("Core Framework Knowledge");
        assertThat(bank.items()).allSatisfy(question -> assertThat(question.get("builtIn")).isEqualTo(true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBuiltInQuestionHasAQuestionSpecificFourLevelRubricKeyPointsProbesAndRedFlags() {
        Response bank = api.get(fixtures.anOrganisation().recruiter().token(), "/api/v1/questions?size=50");
        Set<String> labels = new HashSet<>();
        Set<String> descriptions = new HashSet<>();

        for (Map<String, Object> question : bank.items()) {
            List<Map<String, Object>> rubric = (List<Map<String, Object>>) question.get("rubric");
            assertThat(rubric).extracting(level -> level.get("level")).containsExactly(1, 2, 3, 4);
            rubric.forEach(level -> {
                labels.add(String.valueOf(level.get("label")));
                descriptions.add(String.valueOf(level.get("description")));
            });
            assertThat((List<String>) question.get("keyPoints")).hasSizeGreaterThanOrEqualTo(4);
            assertThat((List<String>) question.get("probes")).hasSizeBetween(1, 3);
            assertThat((List<String>) question.get("redFlags")).isNotEmpty();
            assertThat(question.get("competency")).isNotNull();
            assertThat(question.get("section")).isNotNull();
        }
        assertThat(labels).as("no generic label repeats across questions").hasSize(80);
        assertThat(descriptions).hasSize(80);
    }

    @Test
    void q7sKeyPointsAreTheOptimisationToolkit() {
        Response q7 = api.get(fixtures.anOrganisation().interviewer().token(), "/api/v1/questions/" + Q7);

        assertThat(q7.status()).isEqualTo(200);
        assertThat(q7.string("question.competency")).isEqualTo("ORM");
        assertThat(q7.<List<String>>get("question.keyPoints")).hasSize(7)
                .anySatisfy(point -> assertThat(point).contains("select_related"))
                .anySatisfy(point -> assertThat(point).contains("prefetch_related"))
                .anySatisfy(point -> assertThat(point).contains("only()"))
                .anySatisfy(point -> assertThat(point).contains("indexes"))
                .anySatisfy(point -> assertThat(point).contains("Debug Toolbar"))
                .anySatisfy(point -> assertThat(point).contains("explain()"))
                .anySatisfy(point -> assertThat(point).contains("raw SQL"));
        assertThat(q7.string("versions[0].version")).isEqualTo("1");
    }

    @Test
    void theBankFiltersBySectionCompetencyAndText() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response security = api.get(token, "/api/v1/questions?competency=SECURITY");
        Response section = api.get(token, "/api/v1/questions?section=REST%20API%20Design");
        Response text = api.get(token, "/api/v1/questions?q=caching");
        Response nothing = api.get(token, "/api/v1/questions?q=kubernetes%20helm%20charts");

        assertThat(security.items()).extracting(q -> q.get("code")).containsExactly("Q10", "Q11");
        assertThat(section.items()).extracting(q -> q.get("code")).containsExactly("Q16", "Q17");
        assertThat(text.items()).extracting(q -> q.get("code")).contains("Q8");
        assertThat(nothing.items()).isEmpty();
        assertThat(nothing.string("totalItems")).isEqualTo("0");
    }

    @Test
    void theBankIsPaginatedWithABoundedPageSize() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response second = api.get(token, "/api/v1/questions?size=5&page=1");
        Response tooLarge = api.get(token, "/api/v1/questions?size=1000");
        Response negative = api.get(token, "/api/v1/questions?page=-1");
        Response notANumber = api.get(token, "/api/v1/questions?size=lots");

        assertThat(second.items()).extracting(q -> q.get("code")).containsExactly("Q6", "Q7", "Q8", "Q9", "Q10");
        assertThat(second.string("totalPages")).isEqualTo("4");
        assertProblem(tooLarge, 400);
        assertThat(tooLarge.errorFields()).containsExactly("size");
        assertProblem(negative, 400);
        assertThat(negative.errorFields()).containsExactly("page");
        assertProblem(notANumber, 400);
        assertThat(notANumber.errorFields()).containsExactly("size");
    }

    @Test
    void anOrganisationAddsAQuestionOfItsOwnThatOnlyItSees() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();

        Response created = api.post(tenant.recruiter().token(), "/api/v1/questions", aQuestion("CEL-1"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("code")).isEqualTo("CEL-1");
        assertThat(created.string("builtIn")).isEqualTo("false");
        assertThat(created.string("version")).isEqualTo("1");
        assertThat(created.header("Location")).isEqualTo("/api/v1/questions/" + created.string("id"));
        assertThat(api.get(tenant.interviewer().token(), "/api/v1/questions?size=50").string("totalItems")).isEqualTo("21");
        assertThat(api.get(other.interviewer().token(), "/api/v1/questions?size=50").string("totalItems")).isEqualTo("20");
        assertProblem(api.get(other.admin().token(), "/api/v1/questions/" + created.string("id")), 404);
        assertProblem(api.get(other.admin().token(), "/api/v1/questions/" + created.string("id") + "/versions/1"), 404);
        assertProblem(api.put(other.admin().token(), "/api/v1/questions/" + created.string("id"),
                aQuestionVersion("CEL-1", 1, "Changed by a stranger")), 404);
    }

    @Test
    void changingAQuestionCreatesANewVersionAndKeepsTheOldOneReadable() {
        Tenant tenant = fixtures.anOrganisation();
        String id = api.post(tenant.recruiter().token(), "/api/v1/questions", aQuestion(null)).string("id");

        Response revised = api.put(tenant.hiringManager().token(), "/api/v1/questions/" + id,
                aQuestionVersion(null, 1, "How do you make a Celery task safe to retry?"));

        assertThat(revised.status()).isEqualTo(200);
        assertThat(revised.string("version")).isEqualTo("2");
        Response first = api.get(tenant.interviewer().token(), "/api/v1/questions/" + id + "/versions/1");
        assertThat(first.string("text")).isEqualTo("How do you keep a Celery task idempotent?");
        assertThat(first.string("latestVersion")).isEqualTo("2");
        Response detail = api.get(tenant.interviewer().token(), "/api/v1/questions/" + id);
        assertThat(detail.string("question.text")).isEqualTo("How do you make a Celery task safe to retry?");
        assertThat(detail.<List<Map<String, Object>>>get("versions")).extracting(v -> v.get("version")).containsExactly(1, 2);
        assertProblem(api.get(tenant.interviewer().token(), "/api/v1/questions/" + id + "/versions/3"), 404);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsAConflictCarryingTheCurrentQuestion() {
        Tenant tenant = fixtures.anOrganisation();
        String id = api.post(tenant.recruiter().token(), "/api/v1/questions", aQuestion(null)).string("id");
        api.put(tenant.recruiter().token(), "/api/v1/questions/" + id, aQuestionVersion(null, 1, "First edit"));

        Response stale = api.put(tenant.admin().token(), "/api/v1/questions/" + id, aQuestionVersion(null, 1, "Second edit"));
        Response missing = api.put(tenant.admin().token(), "/api/v1/questions/" + id, aQuestionVersion(null, null, "No base"));

        assertProblem(stale, 409);
        assertThat(stale.string("current.version")).isEqualTo("2");
        assertThat(stale.string("current.text")).isEqualTo("First edit");
        assertProblem(missing, 422);
        assertThat(missing.errorFields()).containsExactly("basedOnVersion");
    }

    @Test
    void builtInQuestionsAreReadOnly() {
        Member admin = fixtures.anOrganisation().admin();

        Response refused = api.put(admin.token(), "/api/v1/questions/" + Q7, aQuestionVersion(null, 1, "Rewritten"));

        assertProblem(refused, 403);
        assertThat(api.get(admin.token(), "/api/v1/questions/" + Q7).string("question.version")).isEqualTo("1");
    }

    @Test
    void aQuestionThatBreaksTheRulesNamesEachField() {
        String token = fixtures.anOrganisation().recruiter().token();
        Map<String, Object> threeLevels = new HashMap<>(aQuestion(null));
        threeLevels.put("rubric", List.of(Map.of("level", 1, "label", "a", "description", "b")));
        threeLevels.put("text", "");
        threeLevels.put("probes", List.of("one", "two", "three", "four"));
        threeLevels.put("code", "has spaces");
        Map<String, Object> repeatedLevel = new HashMap<>(aQuestion(null));
        repeatedLevel.put("competency", "JUGGLING");
        repeatedLevel.put("rubric", List.of(
                Map.of("level", 1, "label", "a", "description", "b"), Map.of("level", 1, "label", "c", "description", "d"),
                Map.of("level", 3, "label", "e", "description", "f"), Map.of("level", 4, "label", "g", "description", "h")));
        Map<String, Object> blankLabel = new HashMap<>(aQuestion(null));
        blankLabel.put("rubric", List.of(
                Map.of("level", 1, "label", "", "description", "b"), Map.of("level", 2, "label", "c", "description", "d"),
                Map.of("level", 3, "label", "e", "description", "f"), Map.of("level", 5, "label", "g", "description", "h")));

        Response invalid = api.post(token, "/api/v1/questions", threeLevels);
        Response rules = api.post(token, "/api/v1/questions", repeatedLevel);
        Response nested = api.post(token, "/api/v1/questions", blankLabel);
        Response malformed = api.sendRaw("POST", "/api/v1/questions", token, "{\"text\": [", "application/json");
        Response wrongType = api.sendRaw("POST", "/api/v1/questions", token, "text=hello", "text/plain");

        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("rubric", "text", "probes", "code");
        assertProblem(rules, 422);
        assertThat(rules.errorFields()).containsExactlyInAnyOrder("competency", "rubric");
        assertProblem(nested, 400);
        assertThat(nested.errorFields()).containsExactlyInAnyOrder("rubric[0].label", "rubric[3].level");
        assertProblem(malformed, 400);
        assertProblem(wrongType, 415);
    }

    @Test
    void aDuplicateCodeIsAConflict() {
        Tenant tenant = fixtures.anOrganisation();
        api.post(tenant.recruiter().token(), "/api/v1/questions", aQuestion("DUP-1"));

        assertProblem(api.post(tenant.recruiter().token(), "/api/v1/questions", aQuestion("DUP-1")), 409);
        assertThat(api.post(fixtures.anOrganisation().recruiter().token(), "/api/v1/questions", aQuestion("DUP-1")).status())
                .as("codes are per organisation").isEqualTo(201);
    }

    @Test
    void onlyRecruitersHiringManagersAndAdminsWriteQuestionsAndEveryoneSignedInReads() {
        Tenant tenant = fixtures.anOrganisation();
        String own = api.post(tenant.admin().token(), "/api/v1/questions", aQuestion(null)).string("id");

        assertProblem(api.post(tenant.interviewer().token(), "/api/v1/questions", aQuestion(null)), 403);
        assertProblem(api.put(tenant.interviewer().token(), "/api/v1/questions/" + own, aQuestionVersion(null, 1, "x")), 403);
        assertThat(api.post(tenant.hiringManager().token(), "/api/v1/questions", aQuestion(null)).status()).isEqualTo(201);
        for (Member reader : List.of(tenant.admin(), tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertThat(api.get(reader.token(), "/api/v1/questions").status()).isEqualTo(200);
            assertThat(api.get(reader.token(), "/api/v1/questions/" + own).status()).isEqualTo(200);
            assertThat(api.get(reader.token(), "/api/v1/questions/" + own + "/versions/1").status()).isEqualTo(200);
        }
        assertProblem(api.get(null, "/api/v1/questions"), 401);
        assertProblem(api.get(null, "/api/v1/questions/" + own), 401);
        assertProblem(api.get(null, "/api/v1/questions/" + own + "/versions/1"), 401);
        assertProblem(api.post(null, "/api/v1/questions", aQuestion(null)), 401);
        assertProblem(api.put(null, "/api/v1/questions/" + own, aQuestionVersion(null, 1, "x")), 401);
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundOrBadRequests() {
        String token = fixtures.anOrganisation().recruiter().token();

        assertProblem(api.get(token, "/api/v1/questions/" + UUID.randomUUID()), 404);
        assertProblem(api.get(token, "/api/v1/questions/Q7"), 400);
        assertProblem(api.get(token, "/api/v1/questions/" + Q7 + "/versions/0"), 400);
    }

    @Test
    void competenciesAreTheFixedVocabulary() {
        Response competencies = api.get(fixtures.anOrganisation().interviewer().token(), "/api/v1/competencies");

        assertThat(competencies.status()).isEqualTo(200);
        assertThat(competencies.<List<Map<String, Object>>>get("")).extracting(c -> c.get("code")).containsExactly(
                "CORE_FRAMEWORK", "MODERN_DJANGO", "ORM", "SECURITY", "API_DEVELOPMENT", "TESTING", "PERFORMANCE", "DEVOPS", "PYTHON_ECOSYSTEM");
        assertProblem(api.get(null, "/api/v1/competencies"), 401);
    }
}
