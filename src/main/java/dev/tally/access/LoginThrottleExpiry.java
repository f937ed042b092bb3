package dev.tally.access;

import dev.tally.database.SingleRunner;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Forgets login throttle rows once they count for nothing (their window is over and they lock nothing), for unknown
 * emails as for known ones; without this, every guessed email would stay a row for good. Every instance schedules it,
 * {@link SingleRunner} lets one of them run each run.
 */
@Singleton
class LoginThrottleExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottleExpiry.class);
    private static final int BATCH = 5_000;
    static final String JOB = "login-throttle-expiry";
    /** Hourly on each instance; one run per 55 minutes over all of them. */
    static final Duration EVERY = Duration.ofMinutes(55);

    private final LoginThrottleRepository throttles;
    private final Clock clock;
    private final SingleRunner runner;

    LoginThrottleExpiry(LoginThrottleRepository throttles, Clock clock, SingleRunner runner) {
        this.throttles = throttles;
        this.clock = clock;
        this.runner = runner;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetExpired() {
        if (!runner.claim(JOB, EVERY)) {
            return;
        }
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
