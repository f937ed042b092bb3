package dev.tally.idempotency;

import io.micronaut.context.annotation.Value;
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
 * Forgets the answers kept for Idempotency-Keys once they are older than {@code tally.idempotency.keep} (30 days),
 * far beyond the minutes or days within which clients retry (Stripe keeps them a day). Scorecard saves are safe even
 * later: each names the version it was based on, so a late duplicate gets 409. Every instance schedules
 * it, {@link SingleRunner} lets one of them run each run.
 */
@Singleton
class IdempotencyKeyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);
    private static final int BATCH = 5_000;
    static final String JOB = "idempotency-key-expiry";
    /** Hourly on each instance; one run per 55 minutes over all of them. */
    static final Duration EVERY = Duration.ofMinutes(55);

    private final IdempotencyRepository keys;
    private final Clock clock;
    private final Duration keep;
    private final SingleRunner runner;

    IdempotencyKeyExpiry(IdempotencyRepository keys, Clock clock, @Value("${tally.idempotency.keep}") Duration keep,
                         SingleRunner runner) {
        this.keys = keys;
        this.clock = clock;
        this.keep = keep;
        this.runner = runner;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetExpired() {
        if (!runner.claim(JOB, EVERY)) {
            return;
        }
        int forgotten = forgetOlderThan(clock.instant().minus(keep));
        if (forgotten > 0) {
            LOG.info("Forgot {} idempotency keys older than {}", forgotten, keep);
        }
    }

    int forgetOlderThan(Instant before) {
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
        return keys.forgetOlderThan(before, BATCH);
    }
}
