package dev.tally.common;

import dev.tally.question.QuestionFixtures;
import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Member;
import dev.tally.support.OpenApiDocument;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the published OpenAPI document, called by every kind of caller, answers as
 * {@code authorization-matrix.txt} says. A new endpoint fails this test until its line is written down.
 */
class AuthorizationMatrixTest extends ApiTest {

    private static final List<String> CALLERS = List.of("anon", "admin", "recruiter", "interviewer", "before", "after", "manager",
            "other", "foreign", "compliance");
    private static final Set<Integer> LET_THROUGH = Set.of(400, 409, 422);
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Test
    void everyOperationAnswersEachCallerAsTheMatrixSays() throws IOException {
        Map<String, List<String>> matrix = matrix();
        Map<String, Boolean> operations = documentedOperations();
        Map<String, OpenApiDocument.Operation> documented = OpenApiDocument.generated().operations().stream()
                .collect(java.util.stream.Collectors.toMap(OpenApiDocument.Operation::key, operation -> operation));
        assertThat(new TreeSet<>(matrix.keySet())).as("operations in the matrix against those in the OpenAPI document")
                .isEqualTo(new TreeSet<>(operations.keySet()));

        World world = aWorld();
        List<String> wrong = new ArrayList<>();
        matrix.forEach((operation, expected) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = world.resolve(operation.substring(operation.indexOf(' ') + 1));
            for (int i = 0; i < CALLERS.size(); i++) {
                String token = world.tokens().get(CALLERS.get(i));
                Response response = operations.get(operation)
                        ? api.sendRaw(method, path, token, "{}", "application/json")
                        : api.sendRaw(method, path, token, null, null);
                String answer = answer(response.status());
                if (!answer.equals(expected.get(i))) {
                    wrong.add(operation + " as " + CALLERS.get(i) + ": expected " + expected.get(i) + ", got " + response);
                } else if (!documented.get(operation).documents(response.status())) {
                    wrong.add(operation + " as " + CALLERS.get(i) + ": answered " + response.status() + ", which its OpenAPI entry does not list");
                }
            }
        });
        assertThat(wrong).as("cells that answered otherwise than the matrix says").isEmpty();
    }

    private static String answer(int status) {
        return status / 100 == 2 || LET_THROUGH.contains(status) ? "ok" : String.valueOf(status);
    }

    /**
     * Alice (ADMIN + INTERVIEWER) has submitted on the interview's panel, Bob (ADMIN + INTERVIEWER) has not; the opening
     * is managed by the tenant's hiring manager; another organisation's admin holds the same kinds of ids.
     */
    private World aWorld() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant foreign = fixtures.anOrganisation();
        Member before = fixtures.aMember(tenant.admin(), "ADMIN", "INTERVIEWER");
        Member after = fixtures.aMember(tenant.admin(), "ADMIN", "INTERVIEWER");
        Member otherManager = fixtures.aMember(tenant.admin(), "HIRING_MANAGER");
        hiring.anOpeningManagedBy(tenant, otherManager);
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        UUID candidate = hiring.aCandidate(tenant, opening, "Ada");
        UUID interview = hiring.anOnsiteInterview(tenant, opening, candidate, List.of(before, after));
        hiring.submitAComplete(after, interview, 3, "YES");
        Member colleague = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Response question = api.post(tenant.recruiter().token(), "/api/v1/questions", QuestionFixtures.aQuestion(null));
        assertThat(question.status()).as(question.toString()).isEqualTo(201);
        Response category = api.post(tenant.admin().token(), "/api/v1/self-identification/categories",
                Map.of("name", "Gender", "options", List.of("Woman", "Man")));
        assertThat(category.status()).as(category.toString()).isEqualTo(201);

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("anon", null);
        tokens.put("admin", tenant.admin().token());
        tokens.put("recruiter", tenant.recruiter().token());
        tokens.put("interviewer", tenant.interviewer().token());
        tokens.put("before", before.token());
        tokens.put("after", after.token());
        tokens.put("manager", tenant.hiringManager().token());
        tokens.put("other", otherManager.token());
        tokens.put("foreign", foreign.admin().token());
        tokens.put("compliance", fixtures.aMember(tenant.admin(), "COMPLIANCE").token());
        String kitVersion = api.get(tenant.admin().token(), "/api/v1/interviews/" + interview).string("kitVersionId");
        Map<String, String> ids = Map.of(
                "kits", opening.onsiteKit().id().toString(), "candidates", candidate.toString(),
                "interviews", interview.toString(), "openings", opening.id().toString(), "questions", question.string("id"),
                "red-flags", HiringFixtures.SECURITY_NEGLIGENCE, "users", colleague.id().toString(), "categories", category.string("id"),
                "kit-versions", kitVersion, "question-versions", question.string("versionId"));
        Map<String, String> parameters = Map.of("interviewId", interview.toString(), "interviewerId", after.id().toString(),
                "redFlagId", HiringFixtures.SECURITY_NEGLIGENCE, "position", "1", "revision", "1", "version", "1");
        return new World(tokens, ids, parameters);
    }

    /** The callers' tokens, and what stands for each path parameter: {id} by the collection it follows. */
    private record World(Map<String, String> tokens, Map<String, String> ids, Map<String, String> parameters) {

        String resolve(String template) {
            Matcher matcher = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String value = name.equals("id") ? ids.get(collectionBefore(template, matcher.start())) : parameters.get(name);
                assertThat(value).as("a value for {" + name + "} in " + template).isNotNull();
                matcher.appendReplacement(path, value);
            }
            return matcher.appendTail(path).toString();
        }

        private static String collectionBefore(String template, int at) {
            String head = template.substring(0, at - 1);
            return head.substring(head.lastIndexOf('/') + 1);
        }
    }

    /** "METHOD /path" of every documented operation, and whether it takes a body. */
    private static Map<String, Boolean> documentedOperations() {
        Map<String, Boolean> operations = new LinkedHashMap<>();
        OpenApiDocument.generated().operations().forEach(operation -> operations.put(operation.key(), operation.takesBody()));
        return operations;
    }

    private static Map<String, List<String>> matrix() throws IOException {
        try (InputStream text = AuthorizationMatrixTest.class.getResourceAsStream("/authorization-matrix.txt")) {
            Map<String, List<String>> matrix = new LinkedHashMap<>();
            for (String line : new String(text.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                assertThat(cells).as("method, path and one answer per caller: " + line).hasSize(2 + CALLERS.size());
                String operation = cells[0] + " " + cells[1];
                assertThat(matrix).as("one line per operation").doesNotContainKey(operation);
                matrix.put(operation, List.of(cells).subList(2, cells.length));
            }
            return matrix;
        }
    }
}
