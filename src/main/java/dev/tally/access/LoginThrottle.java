package dev.tally.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Duration;
import java.time.Instant;

/**
 * Attempts counted in a fixed window that starts with the first of them; see {@link Kind}. The key is (kind, email
 * key, client); rows are only read back from the statements of {@link LoginThrottleRepository}, never saved whole.
 */
@MappedEntity("login_throttle")
record LoginThrottle(Kind kind, @Id String emailKey, String client, int count, Instant windowStartedAt, @Nullable Instant lockedUntil, Instant expiresAt) {

    enum Kind {
        /** Failed logins to one account from one client: a stranger elsewhere cannot lock the user out. */
        ACCOUNT_FROM_CLIENT,
        /** Failed logins to one account from all clients together: slowed after many, never locked for long. */
        ACCOUNT,
        /** Login attempts from one client to any account: spraying many emails from one place. */
        CLIENT
    }

    long secondsLockedAfter(Instant now) {
        return lockedUntil == null ? 0 : secondsUntil(lockedUntil, now);
    }

    long secondsLeftInWindow(Duration window, Instant now) {
        return secondsUntil(windowStartedAt.plus(window), now);
    }

    private static long secondsUntil(Instant end, Instant now) {
        if (!end.isAfter(now)) {
            return 0;
        }
        return Math.max(1, (end.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
    }
}
