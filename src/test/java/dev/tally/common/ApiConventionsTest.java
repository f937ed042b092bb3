package dev.tally.common;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ApiConventionsTest extends ApiTest {

    @Test
    void anUnknownRouteIsAProblem() {
        assertProblem(api.get(fixtures.anOrganisation().admin().token(), "/api/v1/nothing-here"), 404);
    }

    @Test
    void aWrongMethodIsAProblem() {
        assertProblem(api.sendRaw("DELETE", "/api/v1/questions", fixtures.anOrganisation().admin().token(), null, null), 405);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"title\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        Response response = api.sendRaw("POST", "/api/v1/red-flags", fixtures.anOrganisation().admin().token(), huge, "application/json");

        assertProblem(response, 413);
    }

    @Test
    void healthChecksTheDatabaseAndShowsDetailsOnlyToSignedInUsers() {
        Response anonymous = api.get(null, "/health");
        Response signedIn = api.get(fixtures.anOrganisation().admin().token(), "/health");

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.string("status")).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("jdbc:postgresql");
        assertThat(signedIn.string("details.jdbc.status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndSwaggerUiServesIt() {
        Response document = api.get(null, "/swagger/tally.yml");
        Response ui = api.get(null, "/swagger-ui/index.html");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body()).contains("/login", "/api/v1/me", "/api/v1/users", "/api/v1/users/{id}/roles",
                "/api/v1/users/{id}/deactivate", "/api/v1/organisations", "/api/v1/questions", "/api/v1/questions/{id}",
                "/api/v1/questions/{id}/versions/{version}", "/api/v1/red-flags", "/api/v1/red-flags/{id}", "/api/v1/competencies");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger");
    }

    @Test
    void textThatPostgresCannotStoreIsABadRequestNotAServerError() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response response = api.sendRaw("POST", "/api/v1/red-flags", token,
                "{\"title\": \"nul\\u0000byte\", \"severity\": \"MINOR\", \"description\": \"x\"}", "application/json");

        assertProblem(response, 400);
    }

    @Test
    void aValueOfTheWrongTypeInABodyNamesItsField() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response topLevel = api.sendRaw("POST", "/api/v1/questions", token, "{\"rubric\": \"four levels\"}", "application/json");
        Response nested = api.sendRaw("POST", "/api/v1/kits", token,
                "{\"name\": \"Loop\", \"items\": [{\"questionId\": \"" + HiringFixtures.question(1) + "\", \"weight\": 1},"
                        + " {\"questionId\": \"" + HiringFixtures.question(2) + "\", \"weight\": \"heavy\"}]}", "application/json");

        Response inList = api.sendRaw("POST", "/api/v1/interviews", token,
                "{\"panel\": [\"" + UUID.randomUUID() + "\", \"not-an-id\"]}", "application/json");

        assertProblem(topLevel, 400);
        assertThat(topLevel.errorFields()).containsExactly("rubric[0]");
        assertProblem(nested, 400);
        assertThat(nested.errorFields()).containsExactly("items[1].weight");
        assertThat(nested.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected a number");
        assertProblem(inList, 400);
        assertThat(inList.errorFields()).containsExactly("panel");
        assertThat(inList.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected a list, each item a UUID");
    }

    /** A mistyped switch must not quietly read as false: ?withKit=ture would have left the kit out. */
    @Test
    void aQueryValueThatIsNeitherTrueNorFalseNamesItsParameter() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        String token = interview.panel().get(0).token();

        Response mistyped = api.get(token, "/api/v1/interviews/" + interview.id() + "?withKit=ture");
        Response unknown = api.get(token, "/api/v1/interviews?mine=maybe");
        Response words = api.get(token, "/api/v1/interviews/" + interview.id() + "?withKit=FALSE");
        Response empty = api.get(token, "/api/v1/interviews?mine=");

        assertProblem(mistyped, 400);
        assertThat(mistyped.errorFields()).containsExactly("withKit");
        assertThat(mistyped.string("errors[0].message")).isEqualTo("'ture' is not valid: expected true or false");
        assertProblem(unknown, 400);
        assertThat(unknown.errorFields()).containsExactly("mine");
        assertThat(words.status()).isEqualTo(200);
        assertThat(words.<Object>get("kit")).isNull();
        assertThat(empty.status()).as("an empty value is no value").isEqualTo(200);
    }
}
