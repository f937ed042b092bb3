package dev.tally.audit;

import dev.tally.common.Caller;
import dev.tally.common.JsonText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The append-only record of changes to kits, openings, candidates, interviews, scorecards, decisions and users.
 * Features record inside their own transaction, so a change and its record commit or vanish together, and each
 * recorded change counts toward its organisation's change count, which reports are tagged by.
 * <p>
 * A draft's saves are the exception: the scorecard's save statement writes their entries itself (which part changed,
 * never what it says), one round trip fewer on the hottest write, and leaves the count alone. Blind scoring keeps a
 * draft to its author until they submit; a report's tag that moved with a co-panelist's saves would tell that they
 * scored.
 */
@Singleton
public class AuditLog {

    private final AuditRepository events;
    private final ReplicaChangeCounts replica;
    private final JsonText json;
    private final TransactionOperations<Connection> transactions;
    /** Each open transaction's counts, by its connection, so that one recording many changes updates the row once. */
    private final Map<Connection, CountAtCommit> counting = new ConcurrentHashMap<>();

    AuditLog(AuditRepository events, ReplicaChangeCounts replica, JsonText json, TransactionOperations<Connection> transactions) {
        this.events = events;
        this.replica = replica;
        this.json = json;
        this.transactions = transactions;
    }

    /** Records a change made by the caller; {@code before} and {@code after} are any serialisable views, or null. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Caller caller, String entityType, UUID entityId, String action, @Nullable Object before, @Nullable Object after) {
        record(caller.orgId(), caller.userId(), entityType, entityId, action, before, after);
    }

    /** Records a change with no user behind it (bootstrap), or in an organisation other than the caller's. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(UUID orgId, @Nullable UUID actorId, String entityType, UUID entityId, String action,
                       @Nullable Object before, @Nullable Object after) {
        append(orgId, actorId, entityType, entityId, action, before, after);
        countChange(orgId);
    }

    /**
     * Counts a change that has no entry of its own (outcomes stored after an upgrade), when the transaction commits,
     * so that the reports it shows in get a new tag.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void countChange(UUID orgId) {
        // At commit, as the transaction's last statements: the counts then follow commit order (a change committed after
        // a report read the count always moves it), and the rows' locks are taken when nothing else is left to wait for.
        TransactionStatus<?> status = transactions.findTransactionStatus().orElseThrow();
        counting.computeIfAbsent((Connection) status.getConnection(), connection -> {
            CountAtCommit count = new CountAtCommit(connection);
            status.registerSynchronization(count);
            return count;
        }).add(orgId);
    }

    /** How many changes the organisation has committed, a draft's saves aside; read it before what it tags. */
    @Transactional(readOnly = true)
    public long changeCount(UUID orgId) {
        return events.changeCount(orgId);
    }

    /** {@link #changeCount} as the replica has replayed it, for what is read from the replica. */
    public long changeCountOnReplica(UUID orgId) {
        return replica.changeCount(orgId);
    }

    private void append(UUID orgId, @Nullable UUID actorId, String entityType, UUID entityId, String action,
                        @Nullable Object before, @Nullable Object after) {
        events.append(orgId, actorId, entityType, entityId, action, before == null ? null : json.of(before),
                after == null ? null : json.of(after));
    }

    /** One transaction's changes by organisation, counted as it commits; organisations in id order, so two never wait crosswise. */
    private final class CountAtCommit implements TransactionSynchronization {
        private final Connection connection;
        private final Map<UUID, Integer> changes = new TreeMap<>();

        CountAtCommit(Connection connection) {
            this.connection = connection;
        }

        void add(UUID orgId) {
            changes.merge(orgId, 1, Integer::sum);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Runs inside the transaction, on its connection; the repository must not start a transaction of its own here.
            changes.forEach(events::countChanges);
        }

        @Override
        public void afterCompletion(Status status) {
            counting.remove(connection);
        }
    }
}
