package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.CountingDriver;
import dev.tally.support.HiringFixtures;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements each report sends, counted at the JDBC driver ({@link CountingDriver}), whatever the number of
 * interviews: a fixed handful, never one per row. The organisation's change count (the report's tag, ReportTags) and
 * the caller's blind-scoring check (the panels they sit on) come first, then the report's own statements. A candidate
 * with an amended scorecard adds one, for the original composite.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.driver-class-name", value = "dev.tally.support.CountingDriver")
// The counts leave out reading the caller's account, which the warm-up requests cache; with the default 2 s cache a
// slow machine let it expire before a counted request, which then sent one statement more.
@Property(name = "tally.security.account-cache", value = "1h")
class ReportStatementsTest extends ApiTest {

    @Test
    void reportsSendAFixedNumberOfStatementsWhateverTheirSize() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview first = hiring.anInterviewWithPanelOf(tenant, 2);
        hiring.submitAComplete(first.panel().get(0), first.id(), 3, "YES");
        String token = tenant.hiringManager().token();
        String candidate = "/api/v1/candidates/" + first.candidateId() + "/report";
        String opening = "/api/v1/openings/" + first.opening().id() + "/report";
        String summary = opening + "/summary";
        api.get(token, candidate);
        api.get(token, opening);
        api.get(token, summary);
        List<String> candidateWithOne = counted(() -> api.get(token, candidate));
        List<String> openingWithOne = counted(() -> api.get(token, opening));
        List<String> summaryWithOne = counted(() -> api.get(token, summary));

        HiringFixtures.Opening same = first.opening();
        for (int i = 0; i < 3; i++) {
            UUID another = hiring.aCandidate(tenant, same, "Candidate " + i);
            UUID interview = hiring.anOnsiteInterview(tenant, same, first.candidateId(), first.panel());
            hiring.submitAComplete(first.panel().get(1), interview, 2, "NO");
            hiring.anOnsiteInterview(tenant, same, another, first.panel());
        }
        List<String> candidateWithFour = counted(() -> api.get(token, candidate));
        List<String> openingWithSeven = counted(() -> api.get(token, opening));
        List<String> summaryWithSeven = counted(() -> api.get(token, summary));
        UUID second = hiring.aCandidate(tenant, same, "Compared");
        String compare = "/api/v1/openings/" + same.id() + "/compare?candidate=" + first.candidateId() + "&candidate=" + second;
        List<String> comparison = counted(() -> api.get(token, compare));

        // the change count, the caller's panels (blind scoring), then the header with leniencies, the outcomes with their
        // items, the answers, and what people wrote beside them (question texts, panelists' summaries), one statement for
        // every interview
        assertThat(candidateWithOne).as(String.join("\n", candidateWithOne)).hasSize(6);
        assertThat(candidateWithFour).hasSameSizeAs(candidateWithOne);
        // the change count, the opening, the caller's panels, the page, its outcomes with their items, their leniencies, the stages planned
        assertThat(openingWithOne).as(String.join("\n", openingWithOne)).hasSize(7);
        assertThat(openingWithSeven).hasSameSizeAs(openingWithOne);
        // the change count, the opening, the caller's panels, the distribution, the funnel
        assertThat(summaryWithOne).as(String.join("\n", summaryWithOne)).hasSize(5);
        assertThat(summaryWithSeven).hasSameSizeAs(summaryWithOne);
        // the opening and the chosen candidates' openings, then each candidate's own report (a comparison is tagged by its
        // body, so without the change count)
        assertThat(comparison).as(String.join("\n", comparison)).hasSize(2 + 2 * (candidateWithFour.size() - 1));
    }

    private static List<String> counted(Supplier<Response> request) {
        CountingDriver.start();
        Response response = request.get();
        List<String> statements = CountingDriver.stop();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return statements;
    }
}
