package dev.tally.kit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A kit's identity; its content lives in versions. */
@MappedEntity("kit")
record Kit(@Id UUID id, UUID orgId, int latestVersion, Instant createdAt, Instant updatedAt) {
}
