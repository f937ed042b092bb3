package dev.tally.access;

import dev.tally.support.ApiTest;
import dev.tally.support.Fixtures;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "tally.http.trusted-proxies", value = "127.0.0.1")
@Property(name = "tally.login.client-max-attempts", value = "20")
@Property(name = "tally.login.client-window", value = "1h")
class LoginSprayTest extends ApiTest {

    @Test
    void sprayingManyEmailsFromOneClientIsRefusedWith429AndRetryAfter() {
        String client = LoginThrottlingTest.anAddress();
        Response last = null;
        int refused = 0;
        for (int email = 1; email <= 30; email++) {
            last = api.send("POST", "/login", null, Map.of("username", Fixtures.uniqueEmail("spray"), "password", "guess"),
                    Map.of("X-Forwarded-For", client));
            refused += last.status() == 429 ? 1 : 0;
        }

        assertThat(refused).isEqualTo(10);
        assertProblem(last, 429);
        assertThat(last.string("type")).isEqualTo("urn:tally:problem:too-many-login-attempts");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 3600);
        Response elsewhere = api.send("POST", "/login", null, Map.of("username", Fixtures.uniqueEmail("spray"), "password", "guess"),
                Map.of("X-Forwarded-For", LoginThrottlingTest.anAddress()));
        assertProblem(elsewhere, 401);
    }
}
