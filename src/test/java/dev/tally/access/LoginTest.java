package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LoginTest extends ApiTest {

    @Test
    void loginReturnsABearerTokenThatIdentifiesTheCaller() {
        Tenant tenant = fixtures.anOrganisation();

        Response login = api.post(null, "/login", Map.of("username", tenant.recruiter().email(), "password", Fixtures.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.string("token_type")).isEqualTo("Bearer");
        assertThat(login.string("expires_in")).isEqualTo("28800");
        assertThat(login.body()).doesNotContain(Fixtures.PASSWORD).doesNotContain("$2");
        Response me = api.get(login.string("access_token"), "/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.string("email")).isEqualTo(tenant.recruiter().email());
        assertThat(me.<java.util.List<String>>get("roles")).containsExactly("RECRUITER");
        assertThat(me.string("organisation.id")).isEqualTo(tenant.id().toString());
        assertThat(me.string("organisation.name")).isEqualTo(tenant.name());
    }

    @Test
    void emailIsMatchedWithoutRegardToCase() {
        Tenant tenant = fixtures.anOrganisation();

        Response login = api.post(null, "/login", Map.of("username", tenant.admin().email().toUpperCase(), "password", Fixtures.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        Tenant tenant = fixtures.anOrganisation();

        Response wrongPassword = api.post(null, "/login", Map.of("username", tenant.admin().email(), "password", "not the password"));
        Response unknownEmail = api.post(null, "/login", Map.of("username", Fixtures.uniqueEmail("nobody"), "password", "not the password"));

        assertProblem(wrongPassword, 401);
        assertProblem(unknownEmail, 401);
        assertThat(wrongPassword.get("detail").toString()).isEqualTo(unknownEmail.get("detail").toString());
        assertThat(wrongPassword.string("type")).isEqualTo(unknownEmail.string("type"));
    }

    @Test
    void repeatedFailedLoginsAreThrottledEvenWithTheRightPassword() {
        Tenant tenant = fixtures.anOrganisation();
        String email = tenant.interviewer().email();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(api.post(null, "/login", Map.of("username", email, "password", "guess " + attempt)), 401);
        }

        Response throttled = api.post(null, "/login", Map.of("username", email, "password", Fixtures.PASSWORD));

        assertProblem(throttled, 429);
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 300);
    }

    @Test
    void unknownEmailsAreThrottledLikeKnownOnes() {
        String email = Fixtures.uniqueEmail("ghost");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertProblem(api.post(null, "/login", Map.of("username", email, "password", "guess " + attempt)), 401);
        }

        assertProblem(api.post(null, "/login", Map.of("username", email, "password", "guess 6")), 429);
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        Tenant tenant = fixtures.anOrganisation();
        String email = tenant.hiringManager().email();
        for (int attempt = 1; attempt <= 4; attempt++) {
            api.post(null, "/login", Map.of("username", email, "password", "guess " + attempt));
        }
        assertThat(api.post(null, "/login", Map.of("username", email, "password", Fixtures.PASSWORD)).status()).isEqualTo(200);

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertProblem(api.post(null, "/login", Map.of("username", email, "password", "again " + attempt)), 401);
        }
    }

    @Test
    void loginWithoutCredentialsNamesTheMissingFields() {
        Response response = api.post(null, "/login", Map.of());

        assertProblem(response, 400);
        assertThat(response.errorFields()).contains("username", "password");
    }

    @Test
    void malformedLoginBodyIsABadRequest() {
        assertProblem(api.sendRaw("POST", "/login", null, "{\"username\": ", "application/json"), 400);
    }

    @Test
    void aTamperedOrForeignTokenIsRefused() {
        Member admin = fixtures.anOrganisation().admin();
        String[] parts = admin.token().split("\\.");
        String tampered = parts[0] + "." + parts[1] + "x." + parts[2];

        assertProblem(api.get(tampered, "/api/v1/me"), 401);
        assertProblem(api.get("not-a-token", "/api/v1/me"), 401);
        assertProblem(api.get(null, "/api/v1/me"), 401);
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        Member recruiter = fixtures.anOrganisation().recruiter();

        Response wrong = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", "not it at all", "newPassword", "a brand new password"));
        Response tooShort = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "short"));
        Response changed = api.post(recruiter.token(), "/api/v1/me/password",
                Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "a brand new password"));

        assertProblem(wrong, 422);
        assertThat(wrong.errorFields()).containsExactly("currentPassword");
        assertProblem(tooShort, 400);
        assertThat(tooShort.errorFields()).containsExactly("newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(fixtures.login(recruiter.email(), "a brand new password")).isNotBlank();
    }
}
