package dev.tally.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accounts behind tokens, each read from the database at most once per {@code tally.security.account-cache}
 * (2 s) on each instance, so that a burst of autosaves does not read the same row for every request. A deactivation,
 * role change or password change made through an instance is forgotten there when it commits and so applies at
 * once; on the other instances it applies within that window. Zero reads the account on every request.
 */
@Singleton
class RecentAccounts {

    /** Tokens are signed, so only real accounts get here; the bound only keeps a huge organisation's memory in check. */
    private static final int MAX_ACCOUNTS = 100_000;

    private final UserRepository users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Duration keep;
    private final ConcurrentHashMap<UUID, Read> accounts = new ConcurrentHashMap<>();

    RecentAccounts(UserRepository users, TransactionOperations<Connection> transactions, Clock clock,
                   @Value("${tally.security.account-cache}") Duration keep) {
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
        this.keep = keep;
    }

    /** The account as last read, while that read is recent enough; empty when it must be read again. */
    Optional<User> held(UUID id) {
        Read read = accounts.get(id);
        return read != null && clock.instant().isBefore(read.until()) ? Optional.of(read.user()) : Optional.empty();
    }

    Optional<User> find(UUID id) {
        Optional<User> held = held(id);
        if (held.isPresent()) {
            return held;
        }
        Instant now = clock.instant();
        Optional<User> user = users.findAccount(id);
        if (user.isPresent() && !keep.isZero()) {
            if (accounts.size() >= MAX_ACCOUNTS) {
                accounts.clear();
            }
            accounts.put(id, new Read(user.get(), now.plus(keep)));
        }
        return user;
    }

    /**
     * Forgets the account now and again when the transaction changing it ends, so that a request reading the old row
     * meanwhile does not keep it.
     */
    void changing(UUID id) {
        accounts.remove(id);
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(Status completed) {
                accounts.remove(id);
            }
        }));
    }

    private record Read(User user, Instant until) {
    }
}
