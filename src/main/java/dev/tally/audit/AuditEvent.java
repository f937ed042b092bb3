package dev.tally.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One recorded change: who, when, what, and the state before and after. */
@Serdeable
@Introspected
record AuditEvent(long id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail, String entityType,
                  UUID entityId, String action, @Nullable Object before, @Nullable Object after) {

    /** An event as the log holds it: the actor by id, their email coming from the access feature that owns it. */
    @Introspected
    record Row(long id, Instant occurredAt, @Nullable UUID actorId, String entityType, UUID entityId, String action,
               @Nullable @TypeDef(type = DataType.JSON) Object before,
               @Nullable @TypeDef(type = DataType.JSON) Object after) {

        AuditEvent by(Map<UUID, String> actorEmails) {
            return new AuditEvent(id, occurredAt, actorId, actorId == null ? null : actorEmails.get(actorId), entityType, entityId,
                    action, before, after);
        }
    }
}
