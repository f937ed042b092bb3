package dev.tally.common;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 127.0.0.1 is not the configured proxy here: what it claims in X-Forwarded-For counts for nothing. */
@MicronautTest(transactional = false)
@Property(name = "tally.http.trusted-proxies", value = "192.0.2.1, 10.1.0.0/16")
@Property(name = "tally.rate-limit.requests", value = "10")
@Property(name = "tally.rate-limit.window", value = "1d")
class UntrustedForwardedForTest extends ApiTest {

    @Test
    void xForwardedForFromAnUntrustedPeerIsIgnored() {
        int limited = 0;
        for (int request = 1; request <= 11; request++) {
            Response response = api.send("GET", "/api/v1/questions", null, null, Map.of("X-Forwarded-For", "203.0.113." + request));
            limited += response.status() == 429 ? 1 : 0;
        }

        assertThat(limited).isEqualTo(1);
    }
}
