package dev.tally.audit;

import dev.tally.common.Caller;
import dev.tally.common.JsonText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.UUID;

/**
 * The append-only record of changes to kits, openings, candidates, interviews, scorecards, decisions and users.
 * Features record inside their own transaction, so a change and its record commit or vanish together.
 */
@Singleton
public class AuditLog {

    private final AuditRepository events;
    private final JsonText json;

    AuditLog(AuditRepository events, JsonText json) {
        this.events = events;
        this.json = json;
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
        events.append(orgId, actorId, entityType, entityId, action, before == null ? null : json.of(before),
                after == null ? null : json.of(after));
    }
}
