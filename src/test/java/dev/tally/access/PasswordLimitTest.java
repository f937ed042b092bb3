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

/** BCrypt reads 72 bytes of a password: every input that takes one refuses more, naming the field, instead of a 500. */
class PasswordLimitTest extends ApiTest {

    /** 37 characters, 73 bytes in UTF-8: the limit is in bytes, not characters. */
    private static final String BYTES_73 = "ü".repeat(36) + "a";
    private static final String BYTES_72 = "ü".repeat(36);

    @Test
    void loginWithAPasswordOver72BytesIsABadRequestNamingThePassword() {
        Member admin = fixtures.anOrganisation().admin();

        Response response = api.post(null, "/login", Map.of("username", admin.email(), "password", BYTES_73));

        assertRefused(response, "password");
    }

    @Test
    void creatingAUserWithAPasswordOver72BytesNamesThePassword() {
        Member admin = fixtures.anOrganisation().admin();

        Response response = api.post(admin.token(), "/api/v1/users", Map.of("email", Fixtures.uniqueEmail("long"), "name", "Long",
                "password", BYTES_73, "roles", List.of("RECRUITER")));

        assertRefused(response, "password");
    }

    @Test
    void creatingAnOrganisationWithAnAdminPasswordOver72BytesNamesIt() {
        Response response = api.post(fixtures.primaryAdminToken(), "/api/v1/organisations",
                Map.of("name", "Long", "adminEmail", Fixtures.uniqueEmail("long"), "adminPassword", BYTES_73));

        assertRefused(response, "adminPassword");
    }

    @Test
    void changingToAPasswordOver72BytesNamesTheNewPassword() {
        Member recruiter = fixtures.anOrganisation().recruiter();

        Response response = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", BYTES_73));
        Response currentTooLong = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", BYTES_73, "newPassword", "a brand new password"));

        assertRefused(response, "newPassword");
        assertRefused(currentTooLong, "currentPassword");
    }

    @Test
    void anAdminResetToAPasswordOver72BytesNamesTheNewPassword() {
        Tenant tenant = fixtures.anOrganisation();

        Response response = api.post(tenant.admin().token(), "/api/v1/users/" + tenant.recruiter().id() + "/password",
                Map.of("newPassword", BYTES_73));

        assertRefused(response, "newPassword");
    }

    @Test
    void aPasswordOfExactly72BytesIsAccepted() {
        Member admin = fixtures.anOrganisation().admin();
        String email = Fixtures.uniqueEmail("exact");

        Response created = api.post(admin.token(), "/api/v1/users", Map.of("email", email, "name", "Exact",
                "password", BYTES_72, "roles", List.of("RECRUITER")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(fixtures.login(email, BYTES_72)).isNotBlank();
    }

    private static void assertRefused(Response response, String field) {
        assertProblem(response, 400);
        assertThat(response.errorFields()).containsExactly(field);
        assertThat(response.body()).contains("72 bytes").doesNotContain(BYTES_73);
    }
}
