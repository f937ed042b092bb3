package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.CountingDriver;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements a live save sends to PostgreSQL, counted at the JDBC driver ({@link CountingDriver}). The
 * account is read on every request here ({@code account-cache: 0s}), so the count is the worst case for a warm save:
 * the account, the interview seat, the scorecard's check, count, answer and audit row, and the kept answer (the kit's
 * item rules are read once per published version); issue 11 allows six. With the default cache a warm save skips the
 * account too.
 */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.driver-class-name", value = "dev.tally.support.CountingDriver")
@Property(name = "tally.security.account-cache", value = "0s")
class LiveSaveStatementsTest extends ApiTest {

    /** Longer than HikariCP's half second, after which it checks an idle connection before lending it. */
    private static final long IDLE_MILLIS = 700;

    @Inject
    DataSource dataSource;

    @Test
    void aWarmAutosaveWithAnIdempotencyKeySendsAtMostFourStatements() {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/2";
        save(interviewer, item, 0, "first save creates the scorecard");
        save(interviewer, item, 1, "warm");

        CountingDriver.start();
        Response saved = save(interviewer, item, 2, "counted");
        List<String> statements = CountingDriver.stop();

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.number("version")).isEqualTo(3);
        assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void aSaveAfterAPauseSendsNoValidationQuery() throws InterruptedException {
        PanelInterview interview = hiring.anInterviewWithPanelOf(fixtures.anOrganisation(), 1);
        Member interviewer = interview.panel().get(0);
        String item = "/api/v1/interviews/" + interview.id() + "/scorecard/items/1";
        save(interviewer, item, 0, "before the pause");
        Thread.sleep(IDLE_MILLIS);

        CountingDriver.start();
        Response saved = save(interviewer, item, 1, "after the pause");
        List<String> statements = CountingDriver.stop();

        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(statements).as(String.join("\n", statements)).noneMatch(sql -> sql.strip().equalsIgnoreCase("SELECT 1"))
                .hasSizeLessThanOrEqualTo(6);
    }

    @Test
    void statementsArePreparedOnTheServerFromTheirFirstUse() throws SQLException {
        // The pool itself, not Micronaut's proxy that lends the current transaction's connection.
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            assertThat(connection.unwrap(PGConnection.class).getPrepareThreshold()).isEqualTo(1);
        }
    }

    private Response save(Member interviewer, String item, int baseVersion, String note) {
        return api.sendRaw("PUT", item, interviewer.token(), api.toJson(Map.of("baseVersion", baseVersion, "score", 3, "note", note)),
                "application/json", "save-" + baseVersion + "-" + note.hashCode());
    }
}
