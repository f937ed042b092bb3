package dev.tally.audit;

import dev.tally.support.ApiTest;
import dev.tally.support.Concurrently;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.HiringFixtures.PanelInterview;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation's change count, which reports are tagged by, counts every recorded change exactly once, whichever
 * transaction records it and however many it records, and never a draft's saves: it equals the log's entries other
 * than those.
 */
class ChangeCountTest extends ApiTest {

    @Test
    void concurrentChangesAreEachCountedOnce() throws Exception {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        long before = changeCount(tenant.id());
        List<Callable<Response>> creations = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Map<String, Object> candidate = Map.of("openingId", opening.id(), "name", "Candidate " + i, "email", "candidate-" + i + "@example.test");
            creations.add(() -> api.post(tenant.recruiter().token(), "/api/v1/candidates", candidate));
        }

        List<Response> created = Concurrently.run(creations);

        assertThat(created).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(changeCount(tenant.id())).isEqualTo(before + 16).isEqualTo(sharedEntries(tenant.id()));
    }

    @Test
    void anImportCountsEachCandidateAndADraftSaveCountsNothing() {
        Tenant tenant = fixtures.anOrganisation();
        PanelInterview interview = hiring.anInterviewWithPanelOf(tenant, 1);
        StringBuilder file = new StringBuilder("name,email\n");
        for (int i = 0; i < 30; i++) {
            file.append("Imported ").append(i).append(",imported-").append(i).append("@example.test\n");
        }
        long before = changeCount(tenant.id());

        Response imported = api.sendRaw("POST", "/api/v1/openings/" + interview.opening().id() + "/candidates/import",
                tenant.recruiter().token(), file.toString(), "text/csv");
        long afterImport = changeCount(tenant.id());
        Response saved = api.put(interview.panel().get(0).token(), "/api/v1/interviews/" + interview.id() + "/scorecard/items/1",
                Map.of("baseVersion", 0, "score", 3, "keyPoints", List.of(0), "note", "A draft"));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(afterImport).isEqualTo(before + 30);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(changeCount(tenant.id())).isEqualTo(afterImport).isEqualTo(sharedEntries(tenant.id()));
    }

    private static long changeCount(UUID orgId) {
        return single("SELECT COALESCE((SELECT changes FROM audit_change_count WHERE org_id = ?), 0)", orgId);
    }

    private static long sharedEntries(UUID orgId) {
        return single("SELECT count(*) FROM audit_event WHERE org_id = ? AND action NOT IN ('ITEM_SAVED', 'FLAG_SAVED', 'OVERALL_SAVED')",
                orgId);
    }

    /** Read straight from the database the run's service uses, as an operator would. */
    private static long single(String sql, UUID orgId) {
        try (Connection connection = DriverManager.getConnection(System.getProperty("datasources.default.url"),
                System.getProperty("datasources.default.username"), System.getProperty("datasources.default.password"));
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, orgId);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
