package dev.tally.access;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/**
 * Forgets login throttle rows once they count for nothing (their window is over and they lock nothing), for unknown
 * emails as for known ones; without this, every guessed email would stay a row for good. Every instance runs this;
 * two deleting at once do no harm.
 */
@Singleton
class LoginThrottleExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleExpiry.class);
    private static final int BATCH = 5_000;

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    LoginThrottleExpiry(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetExpired() {
        int forgotten = forgetExpiredBefore(clock.instant());
        if (forgotten > 0) {
            LOG.info("Forgot {} expired login throttle rows", forgotten);
        }
    }

    int forgetExpiredBefore(Instant before) {
        int total = 0;
        int batch;
        do {
            batch = forgetBatch(before);
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    @Transactional
    int forgetBatch(Instant before) {
        return throttles.forgetExpiredBefore(before, BATCH);
    }
}
