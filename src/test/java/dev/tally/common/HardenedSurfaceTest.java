package dev.tally.common;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9's findings 5, 6, 7, 10, 11, 12 and 13: what the service shows of itself, and how it refuses. */
class HardenedSurfaceTest extends ApiTest {

    private static final String SCRAPE_TOKEN = "test-scrape-token"; // application-test.yml

    @Test
    void managementEndpointsOtherThanHealthAndPrometheusAreOff() {
        String admin = fixtures.anOrganisation().admin().token();

        for (String path : List.of("/info", "/beans", "/routes", "/threaddump", "/metrics", "/env", "/loggers", "/caches")) {
            assertProblem(api.get(admin, path), 404);
        }
        assertProblem(api.sendRaw("POST", "/refresh", admin, "{}", "application/json"), 404);
    }

    @Test
    void healthShowsUpOrDownToEveryoneAndDetailsOnlyToAdmins() {
        Tenant tenant = fixtures.anOrganisation();

        Response anonymous = api.get(null, "/health");
        Response interviewer = api.get(tenant.interviewer().token(), "/health");
        Response admin = api.get(tenant.admin().token(), "/health");

        assertThat(anonymous.string("status")).isEqualTo("UP");
        assertThat(interviewer.string("status")).isEqualTo("UP");
        assertThat(anonymous.body()).doesNotContain("jdbc", "details");
        assertThat(interviewer.body()).doesNotContain("jdbc", "details", "PostgreSQL");
        assertThat(admin.string("details.jdbc.status")).isEqualTo("UP");
    }

    @Test
    void prometheusAnswersOnlyTheScrapeToken() {
        Response none = api.get(null, "/prometheus");
        Response wrong = api.send("GET", "/prometheus", null, null, Map.of("Authorization", "Bearer not-the-token"));
        Response signedIn = api.get(fixtures.anOrganisation().admin().token(), "/prometheus");
        Response scraper = api.send("GET", "/prometheus", null, null, Map.of("Authorization", "Bearer " + SCRAPE_TOKEN));

        assertProblem(none, 401);
        assertProblem(wrong, 401);
        assertProblem(signedIn, 401);
        assertThat(scraper.status()).isEqualTo(200);
        assertThat(scraper.body()).contains("http_server_requests_seconds", "hikaricp_connections");
    }

    @Test
    void textOfControlCharactersIsRefusedNamingTheField() {
        String recruiter = fixtures.anOrganisation().recruiter().token();

        Response onlyControl = api.sendRaw("POST", "/api/v1/red-flags", recruiter,
                "{\"title\": \"\\u0001\", \"severity\": \"MINOR\", \"description\": \"x\"}", "application/json");
        Response embedded = api.sendRaw("POST", "/api/v1/red-flags", recruiter,
                "{\"title\": \"Bell\", \"severity\": \"MINOR\", \"description\": \"ring\\u0007ring\"}", "application/json");
        Response newlinesAndTabs = api.sendRaw("POST", "/api/v1/red-flags", recruiter,
                "{\"title\": \"Lines\", \"severity\": \"MINOR\", \"description\": \"one\\n\\ttwo\"}", "application/json");

        assertProblem(onlyControl, 400);
        assertThat(onlyControl.errorFields()).containsExactly("title");
        assertProblem(embedded, 400);
        assertThat(embedded.errorFields()).containsExactly("description");
        assertThat(newlinesAndTabs.status()).as(newlinesAndTabs.toString()).isEqualTo(201);
    }

    @Test
    void aResponseListsAtMostAHundredFieldErrorsAndCountsTheRest() {
        String recruiter = fixtures.anOrganisation().recruiter().token();
        Map<String, Object> manyBadValues = new LinkedHashMap<>();
        for (int i = 0; i < 150; i++) {
            manyBadValues.put("C" + i, 9);
        }

        Response response = api.post(recruiter, "/api/v1/kits", Map.of("name", "Many errors", "role", "Backend",
                "items", List.of(), "rules", Map.of("minPerCompetency", manyBadValues)));

        assertProblem(response, 400);
        assertThat(response.errorFields()).hasSize(100);
        assertThat(response.number("omittedErrors")).isGreaterThanOrEqualTo(50);
    }

    @Test
    void aBodyThatIsNotExactlyOneJsonValueIsNotValidJson() {
        String recruiter = fixtures.anOrganisation().recruiter().token();
        String flag = "{\"title\": \"Trailing\", \"severity\": \"MINOR\", \"description\": \"x\"}";

        Response trailing = api.sendRaw("POST", "/api/v1/red-flags", recruiter, flag + " {\"oops\"", "application/json");
        Response twoValues = api.sendRaw("POST", "/api/v1/red-flags", recruiter, flag + flag, "application/json");
        Response truncated = api.sendRaw("POST", "/api/v1/red-flags", recruiter, flag.substring(0, 30), "application/json");
        Response whitespaceAfter = api.sendRaw("POST", "/api/v1/red-flags", recruiter, flag + " \n", "application/json");

        for (Response refused : List.of(trailing, twoValues, truncated)) {
            assertProblem(refused, 400);
            assertThat(refused.string("detail")).isEqualTo("The request body is not valid JSON.");
            assertThat(refused.errorFields()).containsExactly("body");
        }
        assertThat(whitespaceAfter.status()).as(whitespaceAfter.toString()).isEqualTo(201);
    }

    @Test
    void apiAnswersAreNotSniffedNorStored() {
        Tenant tenant = fixtures.anOrganisation();

        for (Response response : List.of(api.get(tenant.recruiter().token(), "/api/v1/candidates"),
                api.get(null, "/api/v1/candidates"), api.get(null, "/health"))) {
            assertThat(response.header("X-Content-Type-Options")).as(response.toString()).isEqualTo("nosniff");
            assertThat(response.header("Cache-Control")).as(response.toString()).isEqualTo("no-store");
        }
    }

    @Test
    void everyPageForbidsFramingSniffingAndForeignScripts() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String reportPath = "/api/v1/candidates/" + interview.candidateId() + "/report.html";

        Response swaggerUi = api.get(null, "/swagger-ui/index.html");
        Response kits = api.get(null, "/app/kits.html");
        Response report = api.get(tenant.admin().token(), reportPath);

        for (Response page : List.of(swaggerUi, kits)) {
            assertThat(page.header("Content-Security-Policy")).as(page.toString()).contains("frame-ancestors 'none'")
                    .doesNotContain("'unsafe-inline' 'unsafe-eval'").contains("script-src 'self'");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
        // Swagger UI's one inline script runs by its hash, nothing else inline does.
        assertThat(swaggerUi.header("Content-Security-Policy")).containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]+'");
        // The reports page prints the candidate report from a frame of its own origin.
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
        assertThat(report.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void strictTransportSecurityIsSentBecauseThePublicUrlIsHttps() {
        Response response = api.get(null, "/app/kits.html");

        assertThat(response.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
    }

    @Test
    void thePrintableReportRefusesWithProblems() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        String reportPath = "/api/v1/candidates/" + interview.candidateId() + "/report.html";

        Response anonymous = api.get(null, reportPath);
        Response anonymousBrowser = api.send("GET", reportPath, null, null, Map.of("Accept", "text/html"));
        Response interviewer = api.send("GET", reportPath, tenant.interviewer().token(), null,
                Map.of("Accept", "text/html,application/xhtml+xml"));

        assertProblem(anonymous, 401);
        assertThat(anonymousBrowser.status()).isEqualTo(401);
        assertProblem(interviewer, 403);
    }

    @Test
    void aForeignOriginIsRefusedWithAProblem() {
        String recruiter = fixtures.anOrganisation().recruiter().token();

        Response response = api.send("GET", "/api/v1/candidates", recruiter, null, Map.of("Origin", "https://evil.example"));

        assertProblem(response, 403);
    }
}
