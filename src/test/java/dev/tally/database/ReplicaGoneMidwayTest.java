package dev.tally.database;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replica that went away after the last check said it was fine: the report read chooses it, cannot reach it, and
 * runs again on the primary, answering 200 and saying so, instead of a 503.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.replica.url", value = "jdbc:postgresql://127.0.0.1:1/gone")
@Property(name = "test.replica.last-seen-fine", value = "true")
class ReplicaGoneMidwayTest extends ApiTest {

    /** Says what the check said just before the replica went: usable, caught up. */
    @Singleton
    @Replaces(ReplicaStatus.class)
    @Requires(property = "test.replica.last-seen-fine")
    static class LastSeenFine extends ReplicaStatus {
        LastSeenFine(@Named("replica") DataSource replica, Clock clock) {
            super(replica, Duration.ofSeconds(5), Duration.ofHours(1), clock);
        }

        @Override
        public Reading current() {
            return new Reading(Source.REPLICA, Instant.now(), 0.0);
        }
    }

    @Test
    void aReportThatCannotReachTheReplicaIsReadFromThePrimary() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        hiring.submitAComplete(interview.panel().get(0), interview.id(), 3, "YES");

        Response report = api.get(tenant.hiringManager().token(), "/api/v1/candidates/" + interview.candidateId() + "/report");

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.header("Tally-Data-Source")).isEqualTo("primary");
        assertThat(report.number("overall.score")).isEqualTo(3.0);
    }
}
