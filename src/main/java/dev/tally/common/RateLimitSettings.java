package dev.tally.common;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * At most {@code requests} per {@code window} from one client to one instance; {@code maxClients} bounds the memory
 * the counts take.
 */
@ConfigurationProperties("tally.rate-limit")
record RateLimitSettings(@Bindable(defaultValue = "600") @Min(1) int requests,
                         @Bindable(defaultValue = "1m") Duration window,
                         @Bindable(defaultValue = "100000") @Min(1) int maxClients) {
}
