package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Member;
import dev.tally.support.Tenant;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interviews scored before outcomes were stored get theirs at start-up, computed from their history, with the same
 * numbers the reports gave from outcomes stored at submit time.
 */
@MicronautTest(transactional = false)
class OutcomeBackfillTest extends ApiTest {

    @Inject
    OutcomeBackfill backfill;

    @Inject
    JdbcOperations jdbc;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void theBackfillRecomputesEveryOutcomeExactlyAsSubmittingDid() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 3);
        Member lenient = interview.panel().get(0);
        hiring.raiseFlag(lenient, interview.id(), "00000000-0000-0000-0003-000000000001", "Wanted raw SQL everywhere");
        hiring.submitAComplete(lenient, interview.id(), 4, "STRONG_YES");
        hiring.submitAComplete(interview.panel().get(1), interview.id(), 2, "NO");
        UUID opening = interview.opening().id();
        String candidateReport = "/api/v1/candidates/" + interview.candidateId() + "/report";
        String openingReport = "/api/v1/openings/" + opening + "/report";
        String calibration = "/api/v1/openings/" + opening + "/calibration";
        String manager = tenant.hiringManager().token();
        String beforeCandidate = api.get(manager, candidateReport).body();
        String beforeOpening = api.get(manager, openingReport).body();
        String beforeCalibration = api.get(tenant.recruiter().token(), calibration).body();

        forgetStoredOutcomes(tenant.id());
        String forgotten = api.get(manager, openingReport).body();
        backfill.onApplicationEvent(null);

        assertThat(forgotten).as("without outcomes the candidate has no interviews").isNotEqualTo(beforeOpening);
        assertThat(api.get(manager, candidateReport).body()).isEqualTo(beforeCandidate);
        assertThat(api.get(manager, openingReport).body()).isEqualTo(beforeOpening);
        assertThat(api.get(tenant.recruiter().token(), calibration).body()).isEqualTo(beforeCalibration);
        assertThat(storedOutcomes(tenant.id())).isEqualTo(1);
    }

    /** The state of a database upgraded to V22: history in place, no stored outcome for it. */
    private void forgetStoredOutcomes(UUID orgId) {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                DELETE FROM interview_item_outcome WHERE org_id = ?1; DELETE FROM interview_outcome WHERE org_id = ?1;
                DELETE FROM interview_rater_stat WHERE org_id = ?1; DELETE FROM interviewer_leniency WHERE org_id = ?1""".replace("?1", "'" + orgId + "'"), statement -> statement.execute()));
    }

    private int storedOutcomes(UUID orgId) {
        return transactions.executeRead(status -> jdbc.prepareStatement("SELECT count(*) FROM interview_outcome WHERE org_id = ?",
                statement -> {
                    statement.setObject(1, orgId);
                    try (var rows = statement.executeQuery()) {
                        rows.next();
                        return rows.getInt(1);
                    }
                }));
    }
}
