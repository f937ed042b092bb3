package dev.tally.idempotency;

import io.micronaut.context.annotation.Value;
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
 * later: each names the version it was based on, so a late duplicate gets 409. Every instance runs this; two
 * deleting at once do no harm.
 */
@Singleton
class IdempotencyKeyExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyExpiry.class);
    private static final int BATCH = 5_000;

    private final IdempotencyRepository keys;
    private final Clock clock;
    private final Duration keep;

    IdempotencyKeyExpiry(IdempotencyRepository keys, Clock clock, @Value("${tally.idempotency.keep}") Duration keep) {
        this.keys = keys;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetExpired() {
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
