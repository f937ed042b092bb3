package dev.tally.common;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every operation of the OpenAPI document, so an endpoint added later is checked without anyone listing it. */
class EveryEndpointRequiresATokenTest extends ApiTest {

    /** Signing in, and the form a candidate opens from a one-time link, which carries its own token. */
    private static final Set<String> PUBLIC = Set.of("POST /login", "GET /api/v1/self-identification/form",
            "POST /api/v1/self-identification/form");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationButLoginAnswers401WithoutAToken() {
        Map<String, Object> document = new Yaml().load(api.get(null, "/swagger/tally.yml").body());
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> checked = new ArrayList<>();

        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            String operation = method.toUpperCase() + " " + path;
            if (PUBLIC.contains(operation)) {
                return;
            }
            String concrete = concrete(path);
            Response response = api.sendRaw(method.toUpperCase(), concrete, null,
                    Set.of("post", "put").contains(method) ? "{}" : null, "application/json");
            assertProblem(response, 401);
            checked.add(operation);
        }));

        assertThat(checked).hasSizeGreaterThanOrEqualTo(40).contains("GET /api/v1/questions", "POST /api/v1/users");
    }

    /** Ids become random UUIDs; numbers (versions, positions, revisions) become 1. */
    private static String concrete(String path) {
        Matcher parameter = Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            parameter.appendReplacement(concrete, name.equals("id") || name.endsWith("Id") ? UUID.randomUUID().toString() : "1");
        }
        return parameter.appendTail(concrete).toString();
    }
}
