package dev.tally.fairness;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Voluntary self-identification: entered by a recruiter or through a one-time link, and read by compliance alone. */
class SelfIdentificationTest extends ApiTest {

    private static final String CATEGORIES = "/api/v1/self-identification/categories";
    private static final String FORM = "/api/v1/self-identification/form";
    private static final String LINK_HEADER = "Self-Identification-Link";

    @Test
    void onlyComplianceReadsWhatARecruiterEnteredAndNothingElseShowsIt() {
        Tenant tenant = fixtures.anOrganisation();
        Member compliance = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        UUID gender = aCategory(tenant, "Gender", "Woman", "Man", "Two-Spirit");
        UUID ethnicity = aCategory(tenant, "Ethnicity", "Hispanic or Latino", "Not Hispanic or Latino");
        HiringFixtures.Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ada Lovelace");

        Response entered = api.put(tenant.recruiter().token(), selfId(candidate), answers(gender, "Two-Spirit", ethnicity, null));

        assertThat(entered.status()).as(entered.toString()).isEqualTo(204);
        Response read = api.get(compliance.token(), selfId(candidate));
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.string("answers[0].category")).isEqualTo("Gender");
        assertThat(read.string("answers[0].option")).isEqualTo("Two-Spirit");
        assertThat(read.string("answers[0].givenBy")).isEqualTo("RECRUITER");
        assertThat(read.<Boolean>get("answers[1].preferNotToSay")).isTrue();
        assertThat(read.string("answers[1].option")).isNull();
        for (Member other : List.of(tenant.admin(), tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.get(other.token(), selfId(candidate)), 403);
        }
        Tenant foreign = fixtures.anOrganisation();
        assertProblem(api.get(fixtures.aMember(foreign.admin(), "COMPLIANCE").token(), selfId(candidate)), 404);
        for (String path : List.of("/api/v1/candidates/" + candidate, "/api/v1/candidates/" + candidate + "/report",
                "/api/v1/openings/" + opening.id() + "/report.csv")) {
            Response elsewhere = api.get(tenant.admin().token(), path);
            assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(200);
            assertThat(elsewhere.body()).as(path).doesNotContain("Two-Spirit");
        }
        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=SELF_IDENTIFICATION&entityId=" + candidate);
        assertThat(audit.string("items[0].action")).isEqualTo("GIVEN");
        assertThat(audit.string("items[0].after")).contains("RECRUITER").doesNotContain("Two-Spirit", "Woman");
        assertThat(audit.body()).doesNotContain("Two-Spirit");
    }

    @Test
    void theCandidatesOneTimeLinkShowsOnlyTheOrganisationAndItsQuestionsAndWorksOnce() {
        Tenant tenant = fixtures.anOrganisation();
        Member compliance = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        UUID gender = aCategory(tenant, "Gender", "Woman", "Man");
        HiringFixtures.Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Grace Hopper");
        Response replaced = api.post(tenant.recruiter().token(), selfId(candidate) + "/link", null);
        Response link = api.post(tenant.recruiter().token(), selfId(candidate) + "/link", null);
        assertThat(link.status()).as(link.toString()).isEqualTo(201);
        String token = link.string("token");
        assertThat(link.string("path")).isEqualTo("/app/self-identify.html#" + token);

        Response form = api.send("GET", FORM, null, null, Map.of(LINK_HEADER, token));

        assertThat(form.status()).as(form.toString()).isEqualTo(200);
        assertThat(form.string("organisationName")).isEqualTo(tenant.name());
        assertThat(form.string("categories[0].name")).isEqualTo("Gender");
        assertThat(form.body()).doesNotContain("Grace", "Hopper", "Senior Django developer", candidate.toString(), opening.id().toString());
        assertProblem(api.send("GET", FORM, null, null, Map.of(LINK_HEADER, replaced.string("token"))), 404);
        assertProblem(api.send("POST", FORM, null, Map.of("answers", List.of(Map.of("categoryId", gender, "option", "Robot"))),
                Map.of(LINK_HEADER, token)), 422);

        Response answered = api.send("POST", FORM, null, answers(gender, "Woman"), Map.of(LINK_HEADER, token));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(204);
        assertProblem(api.send("POST", FORM, null, answers(gender, "Man"), Map.of(LINK_HEADER, token)), 404);
        assertProblem(api.send("GET", FORM, null, null, Map.of(LINK_HEADER, token)), 404);
        assertProblem(api.get(null, FORM), 404);
        Response read = api.get(compliance.token(), selfId(candidate));
        assertThat(read.string("answers[0].option")).isEqualTo("Woman");
        assertThat(read.string("answers[0].givenBy")).isEqualTo("CANDIDATE");
    }

    @Test
    void badCategoriesAndAnswersAreRefusedNamingTheField() {
        Tenant tenant = fixtures.anOrganisation();
        String admin = tenant.admin().token();
        UUID gender = aCategory(tenant, "Gender", "Woman", "Man");
        UUID candidate = hiring.aCandidate(tenant, hiring.anOpeningWithTwoStages(tenant), "Ada Lovelace");

        Response oneOption = api.post(admin, CATEGORIES, Map.of("name", "Age", "options", List.of("Under 40")));
        Response twice = api.post(admin, CATEGORIES, Map.of("name", "Age", "options", List.of("Under 40", "under 40")));
        Response declineOffered = api.post(admin, CATEGORIES, Map.of("name", "Age", "options", List.of("Under 40", "Prefer not to say")));
        Response sameName = api.post(admin, CATEGORIES, Map.of("name", "gender", "options", List.of("A", "B")));
        Response byRecruiter = api.post(tenant.recruiter().token(), CATEGORIES, Map.of("name", "Age", "options", List.of("A", "B")));
        Response unknownCategory = api.put(admin, selfId(candidate), answers(UUID.randomUUID(), "Woman"));
        Response unknownOption = api.put(admin, selfId(candidate), answers(gender, "Robot"));
        Response noAnswers = api.put(admin, selfId(candidate), Map.of());

        assertProblem(oneOption, 400);
        assertThat(oneOption.errorFields()).containsExactly("options");
        assertProblem(twice, 422);
        assertThat(twice.errorFields()).containsExactly("options[1]");
        assertThat(declineOffered.errorFields()).containsExactly("options[1]");
        assertProblem(sameName, 409);
        assertProblem(byRecruiter, 403);
        assertThat(unknownCategory.errorFields()).containsExactly("answers[0].categoryId");
        assertThat(unknownOption.errorFields()).containsExactly("answers[0].option");
        assertProblem(noAnswers, 400);
        assertThat(noAnswers.errorFields()).containsExactly("answers");
        assertProblem(api.put(admin, selfId(UUID.randomUUID()), answers(gender, "Woman")), 404);
    }

    /** Whether a candidate chose an option must not show in what an admin, who may not read answers, can do with it. */
    @Test
    void anOptionIsRemovedAlikeWhetherOrNotACandidateChoseItAndTheAnswerKeepsItsText() {
        Tenant tenant = fixtures.anOrganisation();
        String admin = tenant.admin().token();
        UUID gender = aCategory(tenant, "Gender", "Woman", "Man", "Prefer to self-describe");
        UUID candidate = hiring.aCandidate(tenant, hiring.anOpeningWithTwoStages(tenant), "Ada Lovelace");
        api.put(admin, selfId(candidate), answers(gender, "Woman"));

        Response chosenRemoved = api.put(admin, CATEGORIES + "/" + gender, Map.of("name", "Gender",
                "options", List.of("Man", "Prefer to self-describe")));
        Response unchosenRemoved = api.put(admin, CATEGORIES + "/" + gender, Map.of("name", "Gender identity",
                "options", List.of("Man", "Non-binary")));

        assertThat(chosenRemoved.status()).as(chosenRemoved.toString()).isEqualTo(200);
        assertThat(unchosenRemoved.status()).as(unchosenRemoved.toString()).isEqualTo(200);
        assertThat(unchosenRemoved.<List<String>>get("options")).containsExactly("Man", "Non-binary");
        assertThat(api.get(tenant.recruiter().token(), CATEGORIES).string("[0].name")).isEqualTo("Gender identity");
        Member officer = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        assertThat(api.get(officer.token(), selfId(candidate)).string("answers[0].option")).isEqualTo("Woman");
        assertProblem(api.put(fixtures.anOrganisation().admin().token(), CATEGORIES + "/" + gender,
                Map.of("name", "Gender", "options", List.of("A", "B"))), 404);
    }

    @Test
    void anAdminGrantsTheComplianceRole() {
        Tenant tenant = fixtures.anOrganisation();
        Member officer = fixtures.aMember(tenant.admin(), "RECRUITER");

        Response granted = api.put(tenant.admin().token(), "/api/v1/users/" + officer.id() + "/roles",
                Map.of("roles", List.of("RECRUITER", "COMPLIANCE")));

        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.<List<String>>get("roles")).containsExactlyInAnyOrder("RECRUITER", "COMPLIANCE");
        assertThat(api.get(fixtures.login(officer.email(), officer.password()), "/api/v1/fairness/openings").status()).isEqualTo(200);
    }

    private UUID aCategory(Tenant tenant, String name, String... options) {
        Response created = api.post(tenant.admin().token(), CATEGORIES, Map.of("name", name, "options", Arrays.asList(options)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.string("id"));
    }

    private static String selfId(UUID candidate) {
        return "/api/v1/candidates/" + candidate + "/self-identification";
    }

    /** Category and option pairs; a null option is "prefer not to say". */
    static Map<String, Object> answers(Object... pairs) {
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("categoryId", pairs[i]);
            answer.put("option", pairs[i + 1]);
            answers.add(answer);
        }
        return Map.of("answers", answers);
    }
}
