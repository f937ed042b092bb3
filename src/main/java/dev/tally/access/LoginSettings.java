package dev.tally.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/** Throttling of failed logins per account: after {@code maxFailures} within {@code window}, wait {@code lockout}. */
@ConfigurationProperties("tally.login")
record LoginSettings(@Bindable(defaultValue = "5") @Min(1) int maxFailures,
                     @Bindable(defaultValue = "15m") Duration window,
                     @Bindable(defaultValue = "5m") Duration lockout) {
}
