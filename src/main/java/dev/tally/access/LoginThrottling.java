package dev.tally.access;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

import static dev.tally.access.LoginThrottle.Kind.ACCOUNT;
import static dev.tally.access.LoginThrottle.Kind.ACCOUNT_FROM_CLIENT;
import static dev.tally.access.LoginThrottle.Kind.CLIENT;

/**
 * The limits on logins, kept in PostgreSQL so that every instance behind a load balancer counts the same attempts.
 * Keyed by client as well as account, so a stranger failing from their address does not lock the user out of theirs;
 * the limit on one account from everywhere only slows attempts. Every method is its own statement: a failure must be
 * counted although the login fails, and no connection is held while BCrypt works.
 */
@Singleton
class LoginThrottling {

    private static final String ANY = "";

    private final LoginThrottleRepository throttles;
    private final LoginSettings settings;
    private final Clock clock;

    LoginThrottling(LoginThrottleRepository throttles, LoginSettings settings, Clock clock) {
        this.throttles = throttles;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts the attempt against the client, and refuses it if the client, or this account from it, must wait. */
    void admit(String emailKey, String client) {
        Instant now = clock.instant();
        LoginThrottle fromClient = throttles.count(CLIENT.name(), ANY, client, settings.clientWindow().toSeconds());
        if (fromClient.count() > settings.clientMaxAttempts()) {
            throw new AccessFacts.TooManyLoginAttempts(Math.max(1, fromClient.secondsLeftInWindow(settings.clientWindow(), now)));
        }
        long locked = secondsLocked(ACCOUNT_FROM_CLIENT, emailKey, client, now);
        if (locked > 0) {
            throw new AccessFacts.LoginThrottled(locked);
        }
        long slowed = secondsLocked(ACCOUNT, emailKey, ANY, now);
        if (slowed > 0) {
            throw new AccessFacts.LoginSlowed(slowed);
        }
    }

    void failed(String emailKey, String client) {
        long window = settings.window().toSeconds();
        if (throttles.count(ACCOUNT_FROM_CLIENT.name(), emailKey, client, window).count() >= settings.maxFailures()) {
            throttles.lock(ACCOUNT_FROM_CLIENT.name(), emailKey, client, settings.lockout().toSeconds());
        }
        if (throttles.count(ACCOUNT.name(), emailKey, ANY, window).count() >= settings.accountMaxFailures()) {
            throttles.lock(ACCOUNT.name(), emailKey, ANY, settings.accountDelay().toSeconds());
        }
    }

    /**
     * Forgets this client's failures for the account. The count over all clients stays until its window ends: an
     * attacker's failures are not wiped by the owner logging in.
     */
    void succeeded(String emailKey, String client) {
        throttles.forget(ACCOUNT_FROM_CLIENT.name(), emailKey, client);
    }

    private long secondsLocked(LoginThrottle.Kind kind, String emailKey, String client, Instant now) {
        return throttles.find(kind.name(), emailKey, client).map(throttle -> throttle.secondsLockedAfter(now)).orElse(0L);
    }
}
