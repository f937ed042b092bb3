package dev.tally.fairness;

import dev.tally.support.ApiTest;
import dev.tally.support.Response;
import dev.tally.support.Tenant;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-time link lasts 14 days: on its last second it opens, a second later it is refused like a used one. */
@MicronautTest(transactional = false, environments = LinkExpiryTest.ENVIRONMENT)
class LinkExpiryTest extends ApiTest {

    static final String ENVIRONMENT = "movable-clock";

    @Inject
    MovableClock clock;

    @Test
    void aLinkExpiresFourteenDaysAfterItWasMade() {
        Tenant tenant = fixtures.anOrganisation();
        api.post(tenant.admin().token(), "/api/v1/self-identification/categories", Map.of("name", "Gender", "options", List.of("Woman", "Man")));
        UUID candidate = hiring.aCandidate(tenant, hiring.anOpeningWithTwoStages(tenant), "Ada Lovelace");
        Response link = api.post(tenant.recruiter().token(), "/api/v1/candidates/" + candidate + "/self-identification/link", null);
        Map<String, String> header = Map.of("Self-Identification-Link", link.string("token"));
        assertThat(Instant.parse(link.string("expiresAt"))).isEqualTo(clock.instant().plus(Duration.ofDays(14)));

        clock.advance(Duration.ofDays(14).minusSeconds(1));
        Response lastSecond = api.send("GET", "/api/v1/self-identification/form", null, null, header);
        clock.advance(Duration.ofSeconds(1));
        Response expired = api.send("GET", "/api/v1/self-identification/form", null, null, header);

        assertThat(lastSecond.status()).as(lastSecond.toString()).isEqualTo(200);
        assertProblem(expired, 404);
        assertThat(expired.string("type")).endsWith("link-not-valid");
    }

    /** In this test's environment only, every feature reads the time from the movable clock. */
    @Factory
    @Requires(env = ENVIRONMENT)
    static class MovableClockFactory {
        @Singleton
        @Replaces(Clock.class)
        MovableClock clock() {
            return new MovableClock();
        }
    }

    /** A clock standing still at its start (to the microsecond PostgreSQL keeps) until the test moves it on. */
    static final class MovableClock extends Clock {
        private final Instant start = Instant.now().truncatedTo(ChronoUnit.MICROS);
        private volatile Duration offset = Duration.ZERO;

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return start.plus(offset);
        }
    }
}
