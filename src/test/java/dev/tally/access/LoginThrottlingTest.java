package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Member;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The test client (127.0.0.1) plays a trusted proxy, so X-Forwarded-For names the clients it stands for. */
@MicronautTest(transactional = false)
@Property(name = "tally.http.trusted-proxies", value = "127.0.0.1")
class LoginThrottlingTest extends ApiTest {

    @Inject
    LoginThrottleExpiry expiry;

    @Test
    void aStrangerFailingFromOneAddressDoesNotLockTheUserOutOfAnother() {
        Member user = fixtures.anOrganisation().recruiter();
        String stranger = anAddress();
        for (int attempt = 1; attempt <= 10; attempt++) {
            Response failed = login(stranger, user.email(), "guess " + attempt);
            assertThat(failed.status()).isIn(401, 429);
        }

        assertProblem(login(stranger, user.email(), Fixtures.PASSWORD), 429);
        assertThat(login(anAddress(), user.email(), Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void failuresFromEverywhereSlowTheAccountForSecondsWithoutLockingIt() {
        String email = Fixtures.uniqueEmail("target");
        for (int attempt = 1; attempt <= 20; attempt++) {
            assertProblem(login(anAddress(), email, "guess " + attempt), 401);
        }

        Response slowed = login(anAddress(), email, "guess 21");

        assertProblem(slowed, 429);
        assertThat(slowed.string("type")).isEqualTo("urn:tally:problem:login-slowed");
        assertThat(Integer.parseInt(slowed.header("Retry-After"))).isBetween(1, 5);
    }

    @Test
    void expiredThrottleRowsArePurgedAndCurrentOnesKept() {
        String client = anAddress();
        String email = Fixtures.uniqueEmail("ghost");
        for (int attempt = 1; attempt <= 5; attempt++) {
            login(client, email, "guess " + attempt);
        }
        assertThat(expiry.forgetExpiredBefore(Instant.now())).isGreaterThanOrEqualTo(0);
        assertProblem(login(client, email, "still locked"), 429);

        int forgotten = expiry.forgetExpiredBefore(Instant.now().plusSeconds(3600));

        assertThat(forgotten).isGreaterThanOrEqualTo(3);
        assertProblem(login(client, email, "counted afresh"), 401);
    }

    private Response login(String client, String email, String password) {
        return api.send("POST", "/login", null, Map.of("username", email, "password", password), Map.of("X-Forwarded-For", client));
    }

    /** A documentation address (RFC 5737) of this test's own, so no other test's attempts count with it. */
    static String anAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 256) + "." + random.nextInt(1, 255);
    }
}
