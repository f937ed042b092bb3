package dev.tally.scorecard;

import dev.tally.support.ApiTest;
import dev.tally.support.CountingDriver;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How many statements a live save sends to PostgreSQL, counted at the JDBC driver ({@link CountingDriver}). The
 * account is read on every request here ({@code account-cache: 0s}), so the count is the worst case for a warm save:
 * the account, the interview seat, the scorecard's check, count and answer, the audit row and the kept answer (the
 * kit's item rules are read once per published version). With the default cache a warm save skips the account too.
 */
@Property(name = "datasources.default.driver-class-name", value = "dev.tally.support.CountingDriver")
@Property(name = "tally.security.account-cache", value = "0s")
class LiveSaveStatementsTest extends ApiTest {

    @Test
    void aWarmAutosaveWithAnIdempotencyKeySendsAtMostSixStatements() {
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
        assertThat(statements).as(String.join("\n", statements)).hasSizeLessThanOrEqualTo(6);
    }

    private Response save(Member interviewer, String item, int baseVersion, String note) {
        return api.sendRaw("PUT", item, interviewer.token(), api.toJson(Map.of("baseVersion", baseVersion, "score", 3, "note", note)),
                "application/json", "save-" + baseVersion + "-" + note.hashCode());
    }
}
