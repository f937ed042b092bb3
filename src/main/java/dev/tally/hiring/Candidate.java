package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A candidate as read with the opening they are assessed for. */
@Introspected
@MappedEntity("candidate")
record Candidate(@Id UUID id, UUID openingId, String openingTitle, UUID hiringManagerId, String name, String email,
                 String status, Instant createdAt, Instant updatedAt) {
}
