package dev.tally.scorecard;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** One interviewer's scorecard for one interview: its state, its version, and its newest submitted revision. */
@MappedEntity("scorecard")
record Scorecard(@Id UUID id, UUID interviewId, UUID interviewerId, ScorecardStatus status, int version, int revision,
                 @Nullable String recommendation, String summary, @Nullable String amendReason,
                 Instant createdAt, Instant updatedAt) {

    boolean editable() {
        return status != ScorecardStatus.SUBMITTED;
    }
}
