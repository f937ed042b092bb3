package dev.tally.common;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "tally.http.trusted-proxies", value = "127.0.0.1")
@Property(name = "tally.rate-limit.requests", value = "10")
@Property(name = "tally.rate-limit.window", value = "1d")
class RequestRateLimitTest extends ApiTest {

    @Test
    void aClientOverTheLimitGets429ProblemWithRetryAfterAndOthersDoNot() {
        Map<String, String> client = Map.of("X-Forwarded-For", "203.0.113.10");
        for (int request = 1; request <= 10; request++) {
            assertThat(api.send("GET", "/api/v1/questions", null, null, client).status()).isEqualTo(401);
        }

        Response limited = api.send("GET", "/api/v1/questions", null, null, client);

        assertProblem(limited, 429);
        assertThat(limited.string("type")).isEqualTo("urn:tally:problem:too-many-requests");
        assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 86_400);
        assertProblem(api.send("GET", "/api/v1/questions", null, null, Map.of("X-Forwarded-For", "203.0.113.11")), 401);
    }

    @Test
    void aClientBehindTheTrustedProxyIsNamedByTheEntryTheProxyAdded() {
        // The client forged the first entry; the proxy appended the address it saw.
        for (int request = 1; request <= 10; request++) {
            api.send("GET", "/api/v1/questions", null, null, Map.of("X-Forwarded-For", "10.0.0." + request + ", 203.0.113.20"));
        }

        assertProblem(api.send("GET", "/api/v1/questions", null, null, Map.of("X-Forwarded-For", "10.0.0.99, 203.0.113.20")), 429);
    }
}
