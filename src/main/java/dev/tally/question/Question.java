package dev.tally.question;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A question's identity; its content lives in immutable versions. */
@MappedEntity("question")
record Question(@Id UUID id, UUID orgId, String code, int latestVersion, @DateCreated Instant createdAt, @DateUpdated Instant updatedAt) {
}
