package dev.tally.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.OpenApiDocument;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests, the same number to every documented operation: bodies shaped by each operation's schema with
 * wrong types, out-of-range numbers, control characters, markup, huge and empty values, unknown keys; bodies that are not
 * JSON at all; wrong content types; ids that are not ids or belong to nobody; hostile query values; no token, a
 * forged one, or a real one of any role. None may answer 5xx, refuse without problem+json, leak internals, or log a
 * stack trace, nor answer a status its OpenAPI entry does not list. Some requests come from a foreign Origin or ask for
 * HTML or XML. The seed is printed on failure, so a failing run can be replayed with {@code -Dhostile.seed=…}.
 */
class HostileRequestsTest extends ApiTest {

    /**
     * Every documented operation gets this many requests, in rounds the seed shuffles, instead of 10,000 requests drawn at
     * random (which gave each of the 84 operations about 120): 40 each, about 3,400 in all, keeps the suite's longest
     * test to a third of its time. What makes a request hostile is still drawn at random, thousands of times over a
     * few dozen values, and the test fails unless every one of them (each raw body, content type, header set, token,
     * bad id, string and number) was sent at least once, so fewer requests cover every operation and every kind of
     * hostile input.
     */
    private static final int REQUESTS_PER_OPERATION = 40;
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> STRINGS = List.of("", " ", "\u0001", "\u0000", "a\u0007b", "\t\n", "'; DROP TABLE kit; --",
            "<script>alert(1)</script>", "../../etc/passwd", "%00", "null", "-1", "1e309", "\u202Eevil", "💥".repeat(40),
            "x".repeat(5_000), "ADMIN", "STRONG_YES", "HIRE", "SECURITY", "score", "name", "desc", "2026-12-01T10:00:00Z",
            "not-a-date", "00000000-0000-0000-0000-000000000000", "correct horse battery", "é".repeat(40));
    private static final List<Object> NUMBERS = List.of(-1, 0, 1, 2, 4, 5, 99, Integer.MAX_VALUE, Long.MAX_VALUE,
            new java.math.BigInteger("123456789012345678901234567890"), 3.5, -0.0, 1e300);
    private static final List<String> RAW_BODIES = List.of("{", "}", "[]", "null", "\"text\"", "42", "{\"a\":1} {\"oops\"",
            "{\"name\": \"x\",}", "{'name': 'x'}", "\u0000\u0001", "{\"a\":" + "[".repeat(3_000) + "]".repeat(3_000) + "}",
            "<xml/>", "{\"__proto__\": {\"admin\": true}}", fortyThousandKeys(), "{\"items\": " + "[1,".repeat(2_000) + "1" + "]".repeat(2_000) + "}");
    private static final List<Map<String, String>> HEADERS = List.of(Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of("Origin", "https://evil.example"), Map.of("Accept", "text/html"), Map.of("Accept", "application/xml"),
            Map.of("Origin", "null", "Accept", "text/html,application/xhtml+xml"),
            Map.of("Self-Identification-Link", "x".repeat(300)), Map.of("Self-Identification-Link", "'; DROP TABLE self_id_link; --"));
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=latin1");

    @Test
    void hostileRequestsToEveryOperationGetNoServerErrorNoBareRefusalAndNoStackTrace() {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        Random random = new Random(seed);
        Draws draws = new Draws(random);
        Targets targets = targets();
        OpenApiDocument document = OpenApiDocument.generated();
        List<OpenApiDocument.Operation> operations = new ArrayList<>();
        for (int round = 0; round < REQUESTS_PER_OPERATION; round++) {
            List<OpenApiDocument.Operation> shuffled = new ArrayList<>(document.operations());
            Collections.shuffle(shuffled, random);
            operations.addAll(shuffled);
        }
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        List<String> wrong = new ArrayList<>();
        try {
            for (OpenApiDocument.Operation operation : operations) {
                String path = targets.path(operation, draws);
                String token = draws.of("token", targets.tokens());
                boolean raw = random.nextInt(5) == 0;
                String body = !operation.takesBody() && random.nextInt(4) != 0 ? null
                        : raw ? draws.of("raw body", RAW_BODIES)
                        : api.toJson(new Generator(document, draws, targets).value(operation.takesBody() ? operation.bodySchema() : Map.of(), 0));
                String contentType = body == null ? null : draws.of("content type", CONTENT_TYPES);
                Map<String, String> headers = draws.of("headers", HEADERS);
                String problem;
                String answer;
                try {
                    Response response = sendRetryingAClosedConnection(operation.method(), path, token, body, contentType, headers);
                    problem = problemWith(response);
                    if (problem == null && !operation.documents(response.status())) {
                        problem = "status " + response.status() + " not in its OpenAPI entry";
                    }
                    answer = response.toString();
                } catch (java.io.UncheckedIOException e) {
                    problem = "no answer";
                    answer = e.getMessage();
                }
                if (problem != null && wrong.size() < 25) {
                    wrong.add(problem + ": " + operation.method() + " " + path + " [" + contentType + "] " + headers + " " + abbreviate(body) + " -> "
                            + abbreviate(answer));
                }
            }
        } finally {
            root.detachAppender(log);
        }
        List<String> logged = log.list.stream().filter(event -> event.getLevel() == Level.ERROR || event.getThrowableProxy() != null)
                .map(event -> event.getLevel() + " " + event.getLoggerName() + ": " + abbreviate(event.getFormattedMessage())).limit(10).toList();
        assertThat(wrong).as("answers that broke the rules (seed " + seed + ")").isEmpty();
        assertThat(logged).as("errors and stack traces logged (seed " + seed + ")").isEmpty();
        assertThat(draws.neverSent(Map.of("token", targets.tokens(), "raw body", RAW_BODIES, "content type", CONTENT_TYPES,
                "headers", HEADERS, "bad id", Targets.BAD_IDS, "string", STRINGS, "number", NUMBERS)))
                .as("hostile values never sent (seed " + seed + ")").isEmpty();
    }

    /** The run's seeded choices among hostile values, remembering which were sent. */
    private static final class Draws {
        private final Random random;
        private final Set<String> sent = new HashSet<>();

        Draws(Random random) {
            this.random = random;
        }

        <T> T of(String kind, List<T> values) {
            int index = random.nextInt(values.size());
            sent.add(kind + " " + index);
            return values.get(index);
        }

        List<String> neverSent(Map<String, List<?>> kinds) {
            List<String> missing = new ArrayList<>();
            kinds.forEach((kind, values) -> {
                for (int index = 0; index < values.size(); index++) {
                    if (!sent.contains(kind + " " + index)) {
                        missing.add(kind + " " + values.get(index));
                    }
                }
            });
            return missing;
        }
    }

    /**
     * The JDK client reuses a keep-alive connection that the server closed after refusing the previous request early (a
     * 401 before reading a body); a real client retries such a request once, and so does this test. A second failure counts.
     */
    private Response sendRetryingAClosedConnection(String method, String path, String token, String body, String contentType,
                                                   Map<String, String> headers) {
        try {
            return api.sendRaw(method, path, token, body, contentType, headers);
        } catch (java.io.UncheckedIOException closed) {
            return api.sendRaw(method, path, token, body, contentType, headers);
        }
    }

    /** An object of 40,000 unknown keys (about 0.5 MB): the error answer must stay small and quick. */
    private static String fortyThousandKeys() {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < 40_000; i++) {
            body.append(i == 0 ? "" : ",").append("\"KEY_").append(i).append("\":").append(i);
        }
        return body.append('}').toString();
    }

    private static String problemWith(Response response) {
        if (response.status() >= 500) {
            return "server error";
        }
        if (response.status() >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
            return "refusal without problem+json";
        }
        if (response.status() >= 400 && (response.body().contains("Exception") || response.body().contains("org.postgresql")
                || response.body().contains("at dev.tally") || response.body().contains("io.micronaut"))) {
            return "internals in the answer";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Real ids and tokens of one organisation with a submitted scorecard, for requests that get past the first checks. */
    private Targets targets() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member panelist = interview.panel().get(0);
        hiring.submitAComplete(panelist, interview.id(), 3, "YES");
        Member colleague = fixtures.aMember(tenant.admin(), "INTERVIEWER");
        Member compliance = fixtures.aMember(tenant.admin(), "COMPLIANCE");
        String category = api.post(tenant.admin().token(), "/api/v1/self-identification/categories",
                Map.of("name", "Gender", "options", List.of("Woman", "Man"))).string("id");
        Map<String, String> ids = new LinkedHashMap<>(Map.of("kits", interview.opening().onsiteKit().id().toString(),
                "candidates", interview.candidateId().toString(), "interviews", interview.id().toString(),
                "openings", interview.opening().id().toString(), "questions", HiringFixtures.question(7),
                "red-flags", HiringFixtures.SECURITY_NEGLIGENCE, "users", colleague.id().toString()));
        ids.putAll(Map.of("interviewId", interview.id().toString(), "interviewerId", panelist.id().toString(),
                "redFlagId", HiringFixtures.SECURITY_NEGLIGENCE, "stageId", interview.opening().onsiteStageId().toString(),
                "candidateId", interview.candidateId().toString(), "openingId", interview.opening().id().toString()));
        ids.put("categories", category);
        Response pinned = api.get(panelist.token(), "/api/v1/interviews/" + interview.id());
        ids.put("kit-versions", pinned.string("kitVersionId"));
        ids.put("question-versions", pinned.string("kit.items[0].question.versionId"));
        List<String> tokens = Arrays.asList(null, "not-a-token", "eyJhbGciOiJIUzI1NiJ9.e30.forged", tenant.admin().token(),
                tenant.recruiter().token(), tenant.hiringManager().token(), panelist.token(), panelist.token(), compliance.token());
        return new Targets(ids, tokens);
    }

    private record Targets(Map<String, String> ids, List<String> tokens) {

        private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
                "%2e%2e", "1%3BDROP", "x".repeat(300), "-1", "99999999999999999999", "%00", "0");

        String path(OpenApiDocument.Operation operation, Draws draws) {
            Random random = draws.random;
            Matcher matcher = PARAMETER.matcher(operation.path());
            StringBuilder path = new StringBuilder();
            while (matcher.find()) {
                String name = matcher.group(1);
                String real = name.equals("id") ? ids.get(collectionBefore(operation.path(), matcher.start()))
                        : ids.getOrDefault(name, String.valueOf(1 + random.nextInt(5)));
                String value = random.nextInt(3) == 0 ? draws.of("bad id", BAD_IDS)
                        : random.nextInt(6) == 0 ? java.util.UUID.randomUUID().toString() : real;
                matcher.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(path);
            List<String> query = new ArrayList<>();
            for (Map<String, Object> parameter : operation.parameters("query")) {
                if (random.nextBoolean()) {
                    String value = random.nextBoolean() ? draws.of("string", STRINGS) : String.valueOf(draws.of("number", NUMBERS));
                    query.add(parameter.get("name") + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
                }
            }
            return query.isEmpty() ? path.toString() : path + "?" + String.join("&", query);
        }

        private static String collectionBefore(String template, int at) {
            String head = template.substring(0, at - 1);
            return head.substring(head.lastIndexOf('/') + 1);
        }
    }

    /** Values shaped like a schema most of the time, and like something else the rest. */
    private record Generator(OpenApiDocument document, Draws draws, Targets targets) {

        @SuppressWarnings("unchecked")
        Object value(Map<String, Object> declared, int depth) {
            Map<String, Object> schema = document.resolve(declared);
            if (schema.containsKey("allOf")) {
                schema = document.resolve(((List<Map<String, Object>>) schema.get("allOf")).get(0));
            }
            if (depth > 4 || draws.random.nextInt(8) == 0) {
                return anything(depth);
            }
            String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "any"));
            return switch (type) {
                case "object" -> object(schema, depth);
                case "array" -> {
                    Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
                    int size = draws.random.nextInt(10) == 0 ? 150 + draws.random.nextInt(200) : draws.random.nextInt(4);
                    List<Object> list = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        list.add(value(items, depth + 1));
                    }
                    yield list;
                }
                case "integer", "number" -> draws.of("number", NUMBERS);
                case "boolean" -> draws.random.nextBoolean();
                case "string" -> "uuid".equals(schema.get("format")) && draws.random.nextBoolean()
                        ? new ArrayList<>(targets.ids().values()).get(draws.random.nextInt(targets.ids().size()))
                        : draws.of("string", STRINGS);
                default -> anything(depth);
            };
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> object(Map<String, Object> schema, int depth) {
            Map<String, Object> object = new LinkedHashMap<>();
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.getOrDefault("properties", Map.of());
            properties.forEach((name, property) -> {
                if (draws.random.nextInt(6) != 0) {
                    object.put(name, draws.random.nextInt(10) == 0 ? null : value(property, depth + 1));
                }
            });
            if (draws.random.nextInt(5) == 0) {
                object.put(draws.of("string", STRINGS), anything(depth + 1));
            }
            if (schema.containsKey("additionalProperties") && draws.random.nextInt(4) == 0) {
                for (int i = 0; i < 300; i++) {
                    object.put("KEY_" + i, i);
                }
            }
            return object;
        }

        private Object anything(int depth) {
            return switch (draws.random.nextInt(depth > 4 ? 4 : 6)) {
                case 0 -> draws.of("string", STRINGS);
                case 1 -> draws.of("number", NUMBERS);
                case 2 -> draws.random.nextBoolean();
                case 3 -> null;
                case 4 -> Arrays.asList(anything(depth + 1), anything(depth + 1));
                default -> java.util.Collections.singletonMap("x", anything(depth + 1));
            };
        }
    }
}
