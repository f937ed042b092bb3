package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A candidate as read with the opening they are assessed for. */
@Introspected
@MappedEntity("candidate")
record Candidate(@Id UUID id, UUID openingId, String openingTitle, OpeningStatus openingStatus, UUID hiringManagerId, String name,
                 String email, @Nullable String phone, @Nullable String source, @Nullable String link, @Nullable String notes,
                 CandidateStatus status, Instant createdAt, Instant updatedAt) {
}
