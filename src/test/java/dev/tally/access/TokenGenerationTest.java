package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A password change, an admin's reset and a deactivation end every token issued before them. */
class TokenGenerationTest extends ApiTest {

    private static final String NEW_PASSWORD = "a brand new password";

    @Test
    void aPasswordChangeEndsTokensIssuedBeforeIt() {
        Member recruiter = fixtures.anOrganisation().recruiter();
        String otherDevice = fixtures.login(recruiter.email(), Fixtures.PASSWORD);

        Response changed = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", NEW_PASSWORD));

        assertThat(changed.status()).isEqualTo(204);
        assertProblem(api.get(recruiter.token(), "/api/v1/me"), 401);
        assertProblem(api.get(otherDevice, "/api/v1/me"), 401);
        assertThat(api.get(fixtures.login(recruiter.email(), NEW_PASSWORD), "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void anAdminResetEndsTheUsersTokens() {
        Tenant tenant = fixtures.anOrganisation();
        Member interviewer = tenant.interviewer();

        Response reset = api.post(tenant.admin().token(), "/api/v1/users/" + interviewer.id() + "/password",
                Map.of("newPassword", NEW_PASSWORD));

        assertThat(reset.status()).isEqualTo(204);
        assertProblem(api.get(interviewer.token(), "/api/v1/me"), 401);
        assertProblem(api.post(null, "/login", Map.of("username", interviewer.email(), "password", Fixtures.PASSWORD)), 401);
        assertThat(api.get(tenant.admin().token(), "/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void deactivationEndsTheUsersTokens() {
        Tenant tenant = fixtures.anOrganisation();
        Member hiringManager = tenant.hiringManager();

        api.post(tenant.admin().token(), "/api/v1/users/" + hiringManager.id() + "/deactivate", null);
        api.post(tenant.admin().token(), "/api/v1/users/" + hiringManager.id() + "/activate", null);

        assertProblem(api.get(hiringManager.token(), "/api/v1/me"), 401);
    }

    @Test
    void afterAnAdminResetTheUserMustChangeThePasswordBeforeAnythingElse() {
        Tenant tenant = fixtures.anOrganisation();
        Member recruiter = tenant.recruiter();
        api.post(tenant.admin().token(), "/api/v1/users/" + recruiter.id() + "/password", Map.of("newPassword", NEW_PASSWORD));

        String token = fixtures.login(recruiter.email(), NEW_PASSWORD);
        Response me = api.get(token, "/api/v1/me");
        Response elsewhere = api.get(token, "/api/v1/questions");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("mustChangePassword")).isEqualTo("true");
        assertProblem(elsewhere, 403);
        assertThat(elsewhere.string("type")).isEqualTo("urn:tally:problem:password-change-required");
        assertProblem(api.post(token, "/api/v1/users", Map.of()), 403);

        Response changed = api.post(token, "/api/v1/me/password",
                Map.of("currentPassword", NEW_PASSWORD, "newPassword", "one of my own choosing"));

        assertThat(changed.status()).isEqualTo(204);
        String fresh = fixtures.login(recruiter.email(), "one of my own choosing");
        assertThat(api.get(fresh, "/api/v1/me").string("mustChangePassword")).isEqualTo("false");
        assertThat(api.get(fresh, "/api/v1/questions").status()).isEqualTo(200);
    }

    @Test
    void theResetIsAuditedWithoutThePassword() {
        Tenant tenant = fixtures.anOrganisation();
        api.post(tenant.admin().token(), "/api/v1/users/" + tenant.recruiter().id() + "/password", Map.of("newPassword", NEW_PASSWORD));

        Response audit = api.get(tenant.admin().token(), "/api/v1/audit?entityType=USER&entityId=" + tenant.recruiter().id());

        assertThat(audit.items()).extracting(event -> event.get("action")).contains("PASSWORD_RESET");
        assertThat(audit.items()).filteredOn(event -> "PASSWORD_RESET".equals(event.get("action")))
                .extracting(event -> event.get("actorId")).containsExactly(tenant.admin().id().toString());
        assertThat(audit.body()).doesNotContain(NEW_PASSWORD).doesNotContain("$2");
    }

    @Test
    void onlyAnAdminOfTheSameOrganisationResetsAPassword() {
        Tenant tenant = fixtures.anOrganisation();
        Tenant other = fixtures.anOrganisation();
        String path = "/api/v1/users/" + tenant.recruiter().id() + "/password";
        Map<String, String> body = Map.of("newPassword", NEW_PASSWORD);

        assertProblem(api.post(other.admin().token(), path, body), 404);
        assertProblem(api.post(tenant.hiringManager().token(), path, body), 403);
        assertProblem(api.post(null, path, body), 401);
        assertProblem(api.post(tenant.admin().token(), path, Map.of("newPassword", "short")), 400);
        assertThat(api.get(tenant.recruiter().token(), "/api/v1/me").status()).isEqualTo(200);
    }
}
