package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest extends ApiTest {

    @Test
    void thePrimaryOrganisationsAdminCreatesAnOrganisationWithItsFirstAdmin() {
        String email = Fixtures.uniqueEmail("client-admin");

        Response created = api.post(fixtures.primaryAdminToken(), "/api/v1/organisations",
                Map.of("name", "Client A", "adminEmail", email, "adminPassword", Fixtures.PASSWORD, "adminName", "Ada"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.string("organisation.name")).isEqualTo("Client A");
        assertThat(created.string("admin.email")).isEqualTo(email);
        assertThat(created.<List<String>>get("admin.roles")).containsExactly("ADMIN");
        Response me = api.get(fixtures.login(email, Fixtures.PASSWORD), "/api/v1/me");
        assertThat(me.string("organisation.id")).isEqualTo(created.string("organisation.id"));
        assertThat(api.get(fixtures.primaryAdminToken(), "/api/v1/organisations?size=100").string("totalItems")).isNotEqualTo("0");
    }

    @Test
    void adminsOfOtherOrganisationsCannotCreateOrListOrganisations() {
        Member admin = fixtures.anOrganisation().admin();

        Response refused = api.post(admin.token(), "/api/v1/organisations",
                Map.of("name", "Sneaky", "adminEmail", Fixtures.uniqueEmail("s"), "adminPassword", Fixtures.PASSWORD));

        assertProblem(refused, 403);
        assertProblem(api.get(admin.token(), "/api/v1/organisations"), 403);
    }

    @Test
    void otherRolesAndAnonymousCallersAreRefused() {
        Tenant tenant = fixtures.anOrganisation();
        Map<String, Object> body = Map.of("name", "X", "adminEmail", Fixtures.uniqueEmail("x"), "adminPassword", Fixtures.PASSWORD);

        for (Member refused : List.of(tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.post(refused.token(), "/api/v1/organisations", body), 403);
            assertProblem(api.get(refused.token(), "/api/v1/organisations"), 403);
        }
        assertProblem(api.post(null, "/api/v1/organisations", body), 401);
        assertProblem(api.get(null, "/api/v1/organisations"), 401);
    }

    @Test
    void anInvalidOrganisationNamesEachField() {
        Response invalid = api.post(fixtures.primaryAdminToken(), "/api/v1/organisations",
                Map.of("name", "", "adminEmail", "nope", "adminPassword", "short"));

        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("name", "adminEmail", "adminPassword");
    }

    @Test
    void organisationsSeeNothingOfEachOther() {
        Tenant first = fixtures.anOrganisation();
        Tenant second = fixtures.anOrganisation();

        Response users = api.get(second.admin().token(), "/api/v1/users?size=100");

        assertThat(users.items()).extracting(user -> user.get("email"))
                .doesNotContain(first.admin().email(), first.recruiter().email());
        assertProblem(api.get(second.admin().token(), "/api/v1/users/" + first.admin().id()), 404);
    }
}
