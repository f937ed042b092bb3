package dev.tally.report;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The opening report's sorting and filters are real enums on the wire: an unknown value is refused naming its field. */
class OpeningReportQueryTest extends ApiTest {

    @Test
    void unknownSortingAndFilterValuesAreRefusedNamingTheField() {
        Tenant tenant = fixtures.anOrganisation();
        HiringFixtures.Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String report = "/api/v1/openings/" + opening.id() + "/report";
        String token = tenant.recruiter().token();

        for (String field : new String[] {"sort", "direction", "decision", "status"}) {
            Response refused = api.get(token, report + "?" + field + "=sideways");
            assertProblem(refused, 400);
            assertThat(refused.errorFields()).as(field).containsExactly(field);
            assertProblem(api.get(token, report + ".csv?" + field + "=sideways"), 400);
        }
        assertThat(api.get(token, report + "?sort=name&direction=asc&decision=INCOMPLETE&status=ACTIVE").status()).isEqualTo(200);
    }
}
