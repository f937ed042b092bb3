package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica URL that points nowhere: the service starts, /health follows the primary alone, and every report read
 * answers from the primary and says so.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.replica.url", value = "jdbc:postgresql://127.0.0.1:1/nowhere")
@Property(name = "tally.replica.check-every", value = "200ms")
class ReplicaFallbackTest extends ApiTest {

    @Test
    void withTheReplicaAwayReportsReadThePrimaryAndSaySo() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 3, "YES");
        String manager = tenant.hiringManager().token();

        Instant before = Instant.now();
        Response report = api.get(manager, "/api/v1/candidates/" + interview.candidateId() + "/report");
        Response opening = api.get(manager, "/api/v1/openings/" + interview.opening().id() + "/report");
        Response health = api.get(null, "/health");
        Response decided = api.post(manager, "/api/v1/candidates/" + interview.candidateId() + "/decision",
                Map.of("decision", "HOLD", "reason", "Second team"));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Tally-Data-Source")).isEqualTo("primary");
        assertThat(Instant.parse(report.header("Tally-Data-As-Of"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(opening.status()).isEqualTo(200);
        assertThat(opening.header("Tally-Data-Source")).isEqualTo("primary");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.string("status")).isEqualTo("UP");
        assertThat(decided.status()).as(decided.toString()).isIn(200, 201);
        assertThat(decided.header("Tally-Data-Source")).as("writes are not report reads").isNull();
    }
}
