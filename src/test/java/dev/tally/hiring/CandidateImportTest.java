package dev.tally.hiring;

import dev.tally.support.ApiTest;
import dev.tally.support.HiringFixtures.Opening;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateImportTest extends ApiTest {

    private static final String CSV = "text/csv";

    private Response importing(Tenant tenant, Opening opening, boolean dryRun, String file) {
        return api.sendRaw("POST", "/api/v1/openings/" + opening.id() + "/candidates/import?dryRun=" + dryRun,
                tenant.recruiter().token(), file, CSV);
    }

    private List<Map<String, Object>> candidatesOf(Tenant tenant, Opening opening) {
        return api.get(tenant.recruiter().token(), "/api/v1/candidates?openingId=" + opening.id() + "&size=100").items();
    }

    @Test
    void aDryRunReportsEachRowAndSavesNothing() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        api.post(tenant.recruiter().token(), "/api/v1/candidates", Map.of("openingId", opening.id(), "name", "Ada", "email", "ada@example.test"));
        String file = """
                Email,NAME,link,Phone
                grace@example.test,Grace Hopper,https://example.test/grace,+1 (555) 010-0000
                ADA@example.test,Ada Again,,
                not-an-email,Nobody,ftp://example.test/cv,call me
                grace@EXAMPLE.test,Grace Twice,,
                """;

        Response report = importing(tenant, opening, true, file);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.<Boolean>get("dryRun")).isTrue();
        assertThat(report.number("created")).isZero();
        assertThat(report.number("valid")).isEqualTo(1);
        assertThat(report.number("invalid")).isEqualTo(3);
        assertThat(report.<List<Map<String, Object>>>get("rows")).extracting(row -> row.get("row")).containsExactly(1, 2, 3, 4);
        assertThat(report.string("rows[0].name")).isEqualTo("Grace Hopper");
        assertThat(report.<List<Object>>get("rows[0].errors")).isEmpty();
        assertThat(report.string("rows[1].errors[0].field")).isEqualTo("email");
        assertThat(report.string("rows[1].errors[0].message")).contains("already a candidate");
        assertThat(report.<List<Map<String, Object>>>get("rows[2].errors")).extracting(error -> error.get("field"))
                .containsExactly("email", "link", "phone");
        assertThat(report.string("rows[3].errors[0].message")).isEqualTo("repeats the email of row 1");
        assertThat(candidatesOf(tenant, opening)).hasSize(1);
    }

    @Test
    void anImportWithAnInvalidRowSavesNoneAndNamesTheRowsFields() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);

        Response refused = importing(tenant, opening, false, "name,email\nGrace,grace@example.test\n,missing-name@example.test\n");

        assertProblem(refused, 422);
        assertThat(refused.errorFields()).containsExactly("rows[2].name");
        assertThat(refused.number("current.invalid")).isEqualTo(1);
        assertThat(candidatesOf(tenant, opening)).isEmpty();
    }

    @Test
    void aValidFileIsSavedWholeWithQuotedFieldsAByteOrderMarkAndOnce() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        String file = "\uFEFFname,email,source,notes\r\n"
                + "\"Hopper, Grace\",grace@example.test,Referral,\"Said \"\"ship it\"\"\r\nTwice.\"\r\n"
                + "Ada Lovelace,ada@example.test,,\r\n"
                + ",,,\r\n";

        Response created = api.sendRaw("POST", "/api/v1/openings/" + opening.id() + "/candidates/import", tenant.recruiter().token(),
                file, "text/csv; charset=utf-8", "import-1");
        Response retried = api.sendRaw("POST", "/api/v1/openings/" + opening.id() + "/candidates/import", tenant.recruiter().token(),
                file, "text/csv; charset=utf-8", "import-1");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.number("created")).isEqualTo(2);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.number("created")).isEqualTo(2);
        List<Map<String, Object>> candidates = candidatesOf(tenant, opening);
        assertThat(candidates).extracting(c -> c.get("name")).containsExactlyInAnyOrder("Hopper, Grace", "Ada Lovelace");
        String grace = candidates.stream().filter(c -> c.get("name").equals("Hopper, Grace")).findFirst().orElseThrow().get("id").toString();
        Response read = api.get(tenant.recruiter().token(), "/api/v1/candidates/" + grace);
        assertThat(read.string("notes")).isEqualTo("Said \"ship it\"\nTwice.");
        assertThat(read.string("source")).isEqualTo("Referral");
        assertThat(api.get(tenant.admin().token(), "/api/v1/audit?entityType=CANDIDATE&entityId=" + grace).body()).contains("CREATED");
    }

    @Test
    void aFileThatIsNotATableOfCandidatesIsRefusedNamingTheFault() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);

        Response unknownColumn = importing(tenant, opening, true, "name,email,salary\nA,a@example.test,100\n");
        Response missingEmail = importing(tenant, opening, true, "name\nA\n");
        Response openQuote = importing(tenant, opening, true, "name,email\n\"A,a@example.test\n");
        Response tooMany = importing(tenant, opening, true, "name,email\n" + "A,a@example.test\n".repeat(1001));
        Response json = api.post(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/candidates/import", Map.of());

        assertProblem(unknownColumn, 400);
        assertThat(unknownColumn.errorFields()).containsExactly("salary");
        assertProblem(missingEmail, 400);
        assertThat(missingEmail.errorFields()).containsExactly("email");
        assertProblem(openQuote, 400);
        assertProblem(tooMany, 400);
        assertThat(tooMany.string("errors[0].message")).contains("1001");
        assertProblem(json, 415);
    }

    @Test
    void aClosedOpeningTakesNoImportAndOtherOrganisationsOpeningsAreNotFound() {
        Tenant tenant = fixtures.anOrganisation();
        Opening opening = hiring.anOpeningWithTwoStages(tenant);
        Tenant other = fixtures.anOrganisation();
        api.post(tenant.recruiter().token(), "/api/v1/openings/" + opening.id() + "/close", null);

        assertProblem(importing(tenant, opening, true, "name,email\nA,a@example.test\n"), 409);
        assertProblem(api.sendRaw("POST", "/api/v1/openings/" + opening.id() + "/candidates/import", other.recruiter().token(),
                "name,email\nA,a@example.test\n", CSV), 404);
        assertProblem(api.sendRaw("POST", "/api/v1/openings/" + opening.id() + "/candidates/import", tenant.hiringManager().token(),
                "name,email\nA,a@example.test\n", CSV), 403);
    }
}
