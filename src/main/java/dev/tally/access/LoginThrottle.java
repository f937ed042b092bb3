package dev.tally.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("login_throttle")
record LoginThrottle(@Id String emailKey, int failures, Instant lastFailureAt, @Nullable Instant lockedUntil) {

    long secondsLockedAfter(Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (lockedUntil.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
    }
}
