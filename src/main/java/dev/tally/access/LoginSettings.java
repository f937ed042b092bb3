package dev.tally.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Throttling of logins. One account from one client: after {@code maxFailures} failures within {@code window}, that
 * client waits {@code lockout}. One account from all clients: after {@code accountMaxFailures} within {@code window},
 * one attempt per {@code accountDelay}. One client, any accounts: at most {@code clientMaxAttempts} per
 * {@code clientWindow}.
 */
@ConfigurationProperties("tally.login")
record LoginSettings(@Bindable(defaultValue = "5") @Min(1) int maxFailures,
                     @Bindable(defaultValue = "15m") Duration window,
                     @Bindable(defaultValue = "5m") Duration lockout,
                     @Bindable(defaultValue = "20") @Min(1) int accountMaxFailures,
                     @Bindable(defaultValue = "5s") Duration accountDelay,
                     @Bindable(defaultValue = "30") @Min(1) int clientMaxAttempts,
                     @Bindable(defaultValue = "1m") Duration clientWindow) {
}
