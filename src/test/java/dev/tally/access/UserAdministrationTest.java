package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class UserAdministrationTest extends ApiTest {

    @Test
    void anAdminCreatesAUserWithSeveralRoles() {
        Tenant tenant = fixtures.anOrganisation();
        String email = Fixtures.uniqueEmail("lead");

        Response created = api.post(tenant.admin().token(), "/api/v1/users", Map.of("email", email, "name", "Lead",
                "password", Fixtures.PASSWORD, "roles", List.of("INTERVIEWER", "HIRING_MANAGER")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/users/" + created.string("id"));
        assertThat(created.<List<String>>get("roles")).containsExactlyInAnyOrder("INTERVIEWER", "HIRING_MANAGER");
        assertThat(created.string("organisationId")).isEqualTo(tenant.id().toString());
        assertThat(created.body()).doesNotContain("password").doesNotContain("$2");
        assertThat(api.get(fixtures.login(email, Fixtures.PASSWORD), "/api/v1/me").<List<String>>get("roles"))
                .containsExactlyInAnyOrder("INTERVIEWER", "HIRING_MANAGER");
    }

    @Test
    void adminsListOnlyTheirOwnOrganisationsUsers() {
        Tenant tenant = fixtures.anOrganisation();
        fixtures.anOrganisation();

        Response page = api.get(tenant.admin().token(), "/api/v1/users?size=2&page=0");
        Response rest = api.get(tenant.admin().token(), "/api/v1/users?size=2&page=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.string("totalItems")).isEqualTo("4");
        assertThat(page.string("totalPages")).isEqualTo("2");
        assertThat(page.items()).hasSize(2);
        assertThat(rest.items()).hasSize(2);
        assertThat(page.items()).extracting(user -> user.get("organisationId")).containsOnly(tenant.id().toString());
    }

    @Test
    void aDuplicateEmailIsAConflictInAnyOrganisation() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();

        Response duplicate = api.post(other.admin().token(), "/api/v1/users", Map.of("email", tenant.recruiter().email().toUpperCase(),
                "name", "Copy", "password", Fixtures.PASSWORD, "roles", List.of("RECRUITER")));

        assertProblem(duplicate, 409);
    }

    @Test
    void invalidUsersAreRefusedNamingEachField() {
        Tenant tenant = fixtures.anOrganisation();

        Response invalid = api.post(tenant.admin().token(), "/api/v1/users",
                Map.of("email", "not-an-email", "name", " ", "password", "short", "roles", List.of()));
        Response unknownRole = api.post(tenant.admin().token(), "/api/v1/users",
                Map.of("email", Fixtures.uniqueEmail("x"), "name", "X", "password", Fixtures.PASSWORD, "roles", List.of("SUPERUSER")));

        assertProblem(invalid, 400);
        assertThat(invalid.errorFields()).containsExactlyInAnyOrder("email", "name", "password", "roles");
        assertProblem(unknownRole, 400);
        assertThat(unknownRole.errorFields()).containsExactly("roles[0]");
        assertThat(unknownRole.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected one of [ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER, COMPLIANCE]");
    }

    @Test
    void anUnknownRoleIsRefusedNamingItsPlaceInTheListAndTheRolesThereAre() {
        Tenant tenant = fixtures.anOrganisation();
        Member interviewer = tenant.interviewer();

        Response refused = api.put(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/roles",
                Map.of("roles", List.of("INTERVIEWER", "SUPERUSER")));
        Response unknownFilter = api.get(tenant.admin().token(), "/api/v1/users?role=SUPERUSER");

        assertProblem(refused, 400);
        assertThat(refused.errorFields()).containsExactly("roles[1]");
        assertThat(refused.string("errors[0].message")).isEqualTo("has a value of the wrong type: expected one of [ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER, COMPLIANCE]");
        assertThat(api.get(tenant.admin().token(), "/api/v1/users/" + interviewer.id()).<List<String>>get("roles")).containsExactly("INTERVIEWER");
        assertProblem(unknownFilter, 400);
        assertThat(unknownFilter.errorFields()).containsExactly("role");
        assertThat(unknownFilter.string("errors[0].message")).isEqualTo("'SUPERUSER' is not valid: expected one of [ADMIN, RECRUITER, INTERVIEWER, HIRING_MANAGER, COMPLIANCE]");
    }

    @Test
    void aRequestMayNameAtMostTheFiveRolesThereAre() {
        Tenant tenant = fixtures.anOrganisation();
        Member interviewer = tenant.interviewer();
        List<String> fiftyThousandRoles = Collections.nCopies(50_000, "INTERVIEWER");

        Response created = api.post(tenant.admin().token(), "/api/v1/users", Map.of("email", Fixtures.uniqueEmail("x"),
                "name", "X", "password", Fixtures.PASSWORD, "roles", fiftyThousandRoles));
        Response changed = api.put(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/roles",
                Map.of("roles", fiftyThousandRoles));
        Response everyRole = api.put(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/roles",
                Map.of("roles", List.of("ADMIN", "RECRUITER", "INTERVIEWER", "HIRING_MANAGER", "COMPLIANCE")));

        for (Response refused : List.of(created, changed)) {
            assertProblem(refused, 400);
            assertThat(refused.errorFields()).containsExactly("roles");
            assertThat(refused.string("errors[0].message")).isEqualTo("must have at most 5 roles");
        }
        assertThat(everyRole.status()).isEqualTo(200);
        assertThat(everyRole.<List<String>>get("roles")).containsExactlyInAnyOrder("ADMIN", "RECRUITER", "INTERVIEWER", "HIRING_MANAGER", "COMPLIANCE");
    }

    @Test
    void changingRolesTakesEffectOnTokensAlreadyIssued() {
        Tenant tenant = fixtures.anOrganisation();
        Member interviewer = tenant.interviewer();
        assertProblem(api.get(interviewer.token(), "/api/v1/users"), 403);

        Response changed = api.put(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/roles",
                Map.of("roles", List.of("ADMIN", "INTERVIEWER")));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get(interviewer.token(), "/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void aDeactivatedUserCannotLogInAndTheirTokensAreRefusedEvenAfterReactivation() {
        Tenant tenant = fixtures.anOrganisation();
        Member recruiter = tenant.recruiter();

        Response deactivated = api.post(tenant.admin().token(), "/api/v1/users/" + recruiter.id() + "/deactivate", null);

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.string("active")).isEqualTo("false");
        assertProblem(api.get(recruiter.token(), "/api/v1/me"), 401);
        assertProblem(api.post(null, "/login", Map.of("username", recruiter.email(), "password", Fixtures.PASSWORD)), 401);

        api.post(tenant.admin().token(), "/api/v1/users/" + recruiter.id() + "/activate", null);
        assertProblem(api.get(recruiter.token(), "/api/v1/me"), 401);
        assertThat(api.get(fixtures.login(recruiter.email(), Fixtures.PASSWORD), "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedOrDeactivated() {
        Tenant tenant = fixtures.anOrganisation();
        Member admin = tenant.admin();

        assertProblem(api.put(admin.token(), "/api/v1/users/" + admin.id() + "/roles", Map.of("roles", List.of("RECRUITER"))), 409);
        assertProblem(api.post(admin.token(), "/api/v1/users/" + admin.id() + "/deactivate", null), 409);

        Member second = fixtures.aMember(admin, "ADMIN");
        assertThat(api.post(second.token(), "/api/v1/users/" + admin.id() + "/deactivate", null).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganisationsUserIsNotFound() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();
        String path = "/api/v1/users/" + other.recruiter().id();

        assertProblem(api.get(tenant.admin().token(), path), 404);
        assertProblem(api.put(tenant.admin().token(), path + "/roles", Map.of("roles", List.of("ADMIN"))), 404);
        assertProblem(api.post(tenant.admin().token(), path + "/deactivate", null), 404);
        assertProblem(api.get(tenant.admin().token(), "/api/v1/users/" + UUID.randomUUID()), 404);
        assertThat(api.get(other.recruiter().token(), "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void onlyAdminsAdministerUsers() {
        Tenant tenant = fixtures.anOrganisation();
        Map<String, Object> body = Map.of("email", Fixtures.uniqueEmail("x"), "name", "X", "password", Fixtures.PASSWORD, "roles", List.of("RECRUITER"));
        String userPath = "/api/v1/users/" + tenant.recruiter().id();

        for (Member refused : List.of(tenant.recruiter(), tenant.interviewer(), tenant.hiringManager())) {
            assertProblem(api.post(refused.token(), "/api/v1/users", body), 403);
            assertProblem(api.get(refused.token(), "/api/v1/users"), 403);
            assertProblem(api.get(refused.token(), userPath), 403);
            assertProblem(api.put(refused.token(), userPath + "/roles", Map.of("roles", List.of("ADMIN"))), 403);
            assertProblem(api.post(refused.token(), userPath + "/deactivate", null), 403);
            assertProblem(api.post(refused.token(), userPath + "/activate", null), 403);
        }
        assertProblem(api.post(null, "/api/v1/users", body), 401);
        assertProblem(api.get(null, "/api/v1/users"), 401);
        assertProblem(api.get(null, userPath), 401);
        assertProblem(api.put(null, userPath + "/roles", Map.of("roles", List.of("ADMIN"))), 401);
        assertProblem(api.post(null, userPath + "/deactivate", null), 401);
    }
}
