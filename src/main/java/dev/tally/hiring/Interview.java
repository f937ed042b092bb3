package dev.tally.hiring;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** An interview as read with its candidate, opening and stage. */
@Introspected
@MappedEntity("interview")
record Interview(@Id UUID id, UUID candidateId, String candidateName, String candidateEmail, @Nullable String candidateLink,
                 @Nullable String candidateNotes, CandidateStatus candidateStatus, UUID openingId, String openingTitle, UUID hiringManagerId,
                 UUID stageId, String stageName, UUID kitVersionId, Instant scheduledAt, int durationMinutes,
                 @Nullable String location, String status, @Nullable Instant cancelledAt, @Nullable String cancelReason,
                 Instant createdAt, Instant updatedAt) {

    static final String SCHEDULED = "SCHEDULED";
    static final String CANCELLED = "CANCELLED";

    boolean cancelled() {
        return CANCELLED.equals(status);
    }
}
