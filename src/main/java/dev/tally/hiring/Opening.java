package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An opening as read with its hiring manager. */
@Introspected
@MappedEntity("opening")
record Opening(@Id UUID id, UUID orgId, String title, @Nullable String team, OpeningStatus status, UUID hiringManagerId, String hiringManagerName,
               String hiringManagerEmail, Instant createdAt, Instant updatedAt) {
}
