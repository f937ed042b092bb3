package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulkhead before the heavy reads ({@link ReportCapacity}), with room for one report at a time. A report is held
 * in the middle of its work by a lock on the table it reads, taken on a connection of the test's own; the next report
 * is then refused at once with 503 and Retry-After, while an interviewer's autosave goes through.
 */
@MicronautTest(transactional = false)
@Property(name = "tally.reports.capacity.concurrency", value = "1")
@Property(name = "tally.reports.capacity.max-wait", value = "100ms")
class ReportCapacityTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Test
    void whenEveryPlaceIsTakenTheNextReportIsRefusedQuicklyAndScoringGoesOn() throws Exception {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        Member interviewer = interview.panel().get(0);
        String report = "/api/v1/openings/" + interview.opening().id() + "/report";
        String manager = tenant.hiringManager().token();

        CompletableFuture<Response> held;
        Response refused;
        long refusedMillis;
        Response saved;
        try (Connection lock = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE interview_outcome IN ACCESS EXCLUSIVE MODE");
            }
            held = CompletableFuture.supplyAsync(() -> api.get(manager, report));
            awaitAQueryWaitingOnALock(lock);

            long start = System.nanoTime();
            refused = api.get(manager, "/api/v1/openings/" + interview.opening().id() + "/calibration");
            refusedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            saved = api.put(interviewer.token(), "/api/v1/interviews/" + interview.id() + "/scorecard/items/1",
                    Map.of("baseVersion", 0, "score", 3, "keyPoints", java.util.List.of(0), "note", "Explained select_related"));
            lock.rollback();
        }

        assertProblem(refused, 503);
        assertThat(refused.string("type")).isEqualTo("urn:tally:problem:reports-at-capacity");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(refusedMillis).as("refused after the short wait, not after the report ahead").isLessThan(1000);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(held.get(30, TimeUnit.SECONDS).status()).as("the held report finishes once the lock is gone").isEqualTo(200);
        assertThat(api.get(manager, report).status()).as("its place is free again").isEqualTo(200);
    }

    @Test
    void aRefusedOrFailedReportGivesItsPlaceBack() {
        Tenant tenant = fixtures.anOrganisation();
        String manager = tenant.hiringManager().token();
        for (int i = 0; i < 3; i++) {
            assertProblem(api.get(manager, "/api/v1/openings/" + UUID.randomUUID() + "/report"), 404);
        }
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        assertThat(api.get(manager, "/api/v1/openings/" + interview.opening().id() + "/report").status()).isEqualTo(200);
    }

    /** Until the held report's query waits on the test's lock, so that it is known to hold its place. */
    private static void awaitAQueryWaitingOnALock(Connection lock) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try (Statement statement = lock.createStatement();
                 ResultSet waiting = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                         + " AND datname = current_database()")) {
                waiting.next();
                if (waiting.getLong(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The report never reached the locked table");
    }
}
