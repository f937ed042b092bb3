package dev.tally.question;

import dev.tally.support.ApiTest;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RedFlagCatalogueTest extends ApiTest {

    @Test
    void theGlobalCatalogueHoldsTheGuidesSixRedFlagsWithSeverities() {
        Response flags = api.get(fixtures.anOrganisation().interviewer().token(), "/api/v1/red-flags");

        assertThat(flags.status()).isEqualTo(200);
        assertThat(flags.string("totalItems")).isEqualTo("6");
        assertThat(flags.items()).extracting(flag -> flag.get("title")).containsExactly(
                "ORM ignorance", "Security negligence", "No testing culture", "Outdated practices", "Anti-patterns", "Poor communication");
        assertThat(flags.items()).extracting(flag -> flag.get("severity")).containsExactly(
                "MAJOR", "CRITICAL", "MAJOR", "MINOR", "MAJOR", "MINOR");
        assertThat(flags.items()).allSatisfy(flag -> {
            assertThat(flag.get("builtIn")).isEqualTo(true);
            assertThat(String.valueOf(flag.get("description"))).isNotBlank();
        });
    }

    @Test
    void anOrganisationAddsARedFlagThatOnlyItSees() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();

        Response created = api.post(tenant.hiringManager().token(), "/api/v1/red-flags",
                Map.of("title", "Blames teammates", "severity", "MAJOR", "description", "Attributes every failure to others."));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("builtIn")).isEqualTo("false");
        assertThat(api.get(tenant.interviewer().token(), "/api/v1/red-flags").string("totalItems")).isEqualTo("7");
        assertThat(api.get(tenant.interviewer().token(), "/api/v1/red-flags?severity=MAJOR").string("totalItems")).isEqualTo("4");
        assertThat(api.get(other.interviewer().token(), "/api/v1/red-flags").string("totalItems")).isEqualTo("6");
        assertThat(api.get(tenant.interviewer().token(), "/api/v1/red-flags/" + created.string("id")).string("title")).isEqualTo("Blames teammates");
        assertProblem(api.get(other.interviewer().token(), "/api/v1/red-flags/" + created.string("id")), 404);
        assertProblem(api.get(other.interviewer().token(), "/api/v1/red-flags/" + UUID.randomUUID()), 404);
    }

    @Test
    void anInvalidRedFlagNamesEachField() {
        String token = fixtures.anOrganisation().recruiter().token();

        Response invalid = api.post(token, "/api/v1/red-flags", Map.of("title", "", "severity", "MAJOR", "description", ""));
        // an unknown severity leaves the body unreadable, so it is refused on its own, before the other fields are checked
        Response unknownSeverity = api.post(token, "/api/v1/red-flags", Map.of("title", "Bluffs", "severity", "HUGE", "description", "x"));
        Response unknownFilter = api.get(token, "/api/v1/red-flags?severity=HUGE");

        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("title", "description");
        assertProblem(unknownSeverity, 400);
        assertThat(unknownSeverity.errorFields()).containsExactly("severity");
        assertThat(unknownSeverity.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected one of [CRITICAL, MAJOR, MINOR]");
        assertProblem(unknownFilter, 400);
        assertThat(unknownFilter.errorFields()).containsExactly("severity");
        assertThat(unknownFilter.string("errors[0].message")).isEqualTo("'HUGE' is not valid: expected one of [CRITICAL, MAJOR, MINOR]");
    }

    @Test
    void aDuplicateTitleIsAConflict() {
        String token = fixtures.anOrganisation().recruiter().token();
        Map<String, Object> flag = Map.of("title", "Vague answers", "severity", "MINOR", "description", "Never gives a concrete example.");
        api.post(token, "/api/v1/red-flags", flag);

        assertProblem(api.post(token, "/api/v1/red-flags", flag), 409);
    }

    @Test
    void interviewersReadButDoNotWriteTheCatalogue() {
        Tenant tenant = fixtures.anOrganisation();
        Map<String, Object> flag = Map.of("title", "Guesses", "severity", "MINOR", "description", "Guesses instead of reasoning.");

        assertProblem(api.post(tenant.interviewer().token(), "/api/v1/red-flags", flag), 403);
        for (Member writer : List.of(tenant.admin(), tenant.recruiter())) {
            assertThat(api.post(writer.token(), "/api/v1/red-flags",
                    Map.of("title", "Guesses " + writer.email(), "severity", "MINOR", "description", "x")).status()).isEqualTo(201);
        }
        assertProblem(api.post(null, "/api/v1/red-flags", flag), 401);
        assertProblem(api.get(null, "/api/v1/red-flags"), 401);
        assertProblem(api.get(null, "/api/v1/red-flags/" + UUID.randomUUID()), 401);
    }
}
