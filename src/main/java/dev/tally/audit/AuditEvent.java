package dev.tally.audit;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One recorded change: who, when, what, and the state before and after. */
@Serdeable
@Introspected
record AuditEvent(long id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail, String entityType,
                  UUID entityId, String action,
                  @Nullable @TypeDef(type = DataType.JSON) Object before,
                  @Nullable @TypeDef(type = DataType.JSON) Object after) {
}
