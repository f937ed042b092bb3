package dev.tally.hiring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An interview as the report's projection reads it: where it belongs, the kit version it pins and who sits on its panel. */
public record InterviewOutline(UUID id, UUID openingId, UUID candidateId, UUID stageId, String stageName, Instant scheduledAt,
                               UUID kitVersionId,
                               List<Seat> panel) {

    public record Seat(UUID userId, String name) {
    }
}
