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

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every operation of the OpenAPI document, so an endpoint added later is checked without anyone listing it. */
class EveryEndpointRequiresATokenTest extends ApiTest {

    private static final Set<String> PUBLIC = Set.of("POST /login");

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
            String concrete = path.replace("{id}", UUID.randomUUID().toString()).replace("{version}", "1");
            Response response = api.sendRaw(method.toUpperCase(), concrete, null,
                    Set.of("post", "put").contains(method) ? "{}" : null, "application/json");
            assertProblem(response, 401);
            checked.add(operation);
        }));

        assertThat(checked).hasSizeGreaterThanOrEqualTo(15).contains("GET /api/v1/questions", "POST /api/v1/users");
    }
}
